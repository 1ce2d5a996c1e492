#!/bin/bash
# The Open311 GeoReport v2 API: a civic-reporting client reads discovery, the services and their
# attributes, files feedback with its API key and follows it by id or token, in JSON and in XML,
# errors included; bad input, bad and disabled keys and too many posts are refused in the
# specification's format and nothing is kept; the filters and limits of the list hold; and no
# answer ever shows who sent a submission, nor its text before the agency published it.
. "$CONG_SRCDIR/tests/lib.sh"

exec 3>&1
bail() { echo "Bail out! $*" >&3; kill -TERM $$; exit 1; }
API=/open311/v2
# Rows this test writes straight into the database carry this prefix, and go when it ends.
MARK=O311T
cleanup() { sql "DELETE FROM feedback WHERE code LIKE '$MARK-%'" 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT
cleanup_rows() { sql "DELETE FROM feedback WHERE code LIKE '$MARK-%'"; }
cleanup_rows

# JSON through python3 (which the stack needs anyway); XML through xmllint when it is there.
HAVE_XMLLINT=0
command -v xmllint >/dev/null 2>&1 && HAVE_XMLLINT=1
[ $HAVE_XMLLINT = 1 ] || diag "xmllint is missing (Debian: libxml2-utils): XML is only grepped"
# json EXPR: evaluates the Python expression EXPR with `d` the last body's JSON; prints it.
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); r=$1; print(r if not isinstance(r,(dict,list)) else json.dumps(r, ensure_ascii=False))" "$TMP/body" 2>/dev/null; }
valid_json() {
	if python3 -m json.tool "$TMP/body" >/dev/null 2>&1; then ok 0 "$1 is valid JSON"; else ok 1 "$1 is valid JSON"; diag "$(head -c 500 "$TMP/body")"; fi
}
valid_xml() {
	if [ $HAVE_XMLLINT = 1 ]; then
		xmllint --noout "$TMP/body" >"$TMP/xmllint" 2>&1
		ok $? "$1 is well-formed XML"
		[ -s "$TMP/xmllint" ] && diag "$(head -5 "$TMP/xmllint")"
	else
		head -c 40 "$TMP/body" | grep -q '^<?xml version="1.0" encoding="utf-8"?>' 
		ok $? "$1 starts with the XML declaration"
	fi
	return 0
}
# xml_text ELEMENT: the text of every ELEMENT of the last body, one a line (our XML has no
# attributes or nesting in a text element).
xml_text() { grep -o "<$1>[^<]*</$1>" "$TMP/body" | sed "s|<$1>||; s|</$1>||"; }
ctype() { header Content-Type; }
# api [curl options...] PATH: GET or POST (with --data…) under the API.
api() { local last="${*: -1}"; fetch "${@:1:$#-1}" "$API$last"; }
# post_req FORMAT KEY [name=value...]: a form-encoded POST requests.FORMAT with api_key=KEY
# (none when KEY is -), from the address in $FROM.
post_req() {
	local fmt=$1 key=$2 a args=()
	shift 2
	[ "$key" != - ] && args+=(--data-urlencode "api_key=$key")
	for a in "$@"; do args+=(--data-urlencode "$a"); done
	fetch --interface "$FROM" "${args[@]}" "$API/requests.$fmt"
}
# error_is FORMAT STATUS WHAT: the last answer is the specification's error, in FORMAT.
error_is() {
	is "$STATUS" "$2" "$3: $2"
	if [ "$1" = json ]; then
		is "$(json 'd[0]["code"]')" "$2" "$3: the JSON error list says $2"
		case "$(ctype)" in application/json*) ok 0 "$3: as JSON";; *) ok 1 "$3: as JSON"; diag "$(ctype)";; esac
	else
		is "$(xml_text code)" "$2" "$3: the XML error says $2"
		body_has "<errors><error><code>$2</code><description>" "$3: in <errors><error>"
		case "$(ctype)" in text/xml*) ok 0 "$3: as XML";; *) ok 1 "$3: as XML"; diag "$(ctype)";; esac
	fi
}
kept() { sql "SELECT COUNT(*) FROM feedback WHERE api_key_id = $KEY_ID"; }
FROM=127.0.0.$((100 + RANDOM % 100))
FROM2=127.0.0.$((20 + RANDOM % 70))
diag "posts come from $FROM (and $FROM2 for the address limit)"

# --- keys ------------------------------------------------------------------------------------
admin() { "$CONG_BIN/cong-admin" --conf "$CONG_CONF" "$@" >"$TMP/out" 2>"$TMP/err"; RC=$?; }
admin create-open311-key
is "$RC" 2 "cong-admin create-open311-key without --name is refused"
admin create-open311-key --name "Ứng dụng phản ánh hiện trường (test $$)"
is "$RC" 0 "cong-admin makes a key for a client"
KEY=$(tail -n 1 "$TMP/out")
KEY_ID=$(sed -n 's/^created Open311 key \([0-9]*\) .*/\1/p' "$TMP/out")
[ ${#KEY} = 43 ] && [ -n "$KEY_ID" ] || bail "no key printed: $(cat "$TMP/out" "$TMP/err")"
is "$(sql "SELECT key_hash FROM open311_keys WHERE id = $KEY_ID")" "$(printf '%s' "$KEY" | sha256sum | cut -d' ' -f1)" \
	"only the key's SHA-256 is stored"
is "$(sql "SELECT COUNT(*) FROM audit_log WHERE event = 'open311_key_created' AND detail LIKE 'open311 key $KEY_ID:%'")" 1 \
	"making it is in the audit log"

AGENCY=$(sql "SELECT code FROM agencies ORDER BY id LIMIT 1")
AGENCY_NAME=$(sql "SELECT name FROM agencies WHERE code = '$AGENCY'")
PROCEDURE=$(sql "SELECT code FROM procedures ORDER BY id LIMIT 1")

# --- discovery, services, definitions -----------------------------------------------------------
api /discovery.json
is "$STATUS" 200 "discovery.json answers"
valid_json "discovery.json"
is "$(json 'd["endpoints"][0]["specification"]')" "http://wiki.open311.org/GeoReport_v2" "it names the specification"
is "$(json 'd["endpoints"][0]["url"]')" "$(sed -n 's/^[[:space:]]*Site\.BaseURL[[:space:]]*=[[:space:]]*//p' "$CONG_CONF")/open311/v2" \
	"its URL is the site's, under /open311/v2"
is "$(json '",".join(d["endpoints"][0]["formats"])')" "text/xml,application/json" "with both formats"
is "$(json 'd["endpoints"][0]["type"]')" production "of type production"
api /discovery.xml
is "$STATUS" 200 "discovery.xml answers"
valid_xml "discovery.xml"
body_has "<discovery><changeset>" "discovery.xml has its root element"
body_has "<formats><format>text/xml</format><format>application/json</format></formats>" "and its formats as a list"
is "$(header Access-Control-Allow-Origin)" "*" "what is read may be read by a client in a browser"
case "$(ctype)" in text/xml*utf-8) ok 0 "XML is sent as text/xml; charset=utf-8";; *) ok 1 "XML is sent as text/xml"; diag "$(ctype)";; esac

api /services.json
is "$STATUS" 200 "services.json answers"
valid_json "services.json"
is "$(json '",".join(s["service_code"] for s in d)')" "regulation,handling,conduct,proposal" \
	"one service per kind of feedback, in order"
is "$(json 'all(s["metadata"] is True and s["type"] == "realtime" for s in d)')" True "each with metadata, realtime"
is "$(json 'd[3]["service_name"]')" "Kiến nghị, đề xuất" "named in Vietnamese"
is "$(json 'd[3]["group"]')" "Kiến nghị" "with a group"
api /services.xml
valid_xml "services.xml"
is "$(xml_text service_code | tr '\n' ,)" "regulation,handling,conduct,proposal," "services.xml lists the same"

api /services/handling.json
is "$STATUS" 200 "a service definition answers"
valid_json "services/handling.json"
is "$(json '",".join(a["code"] for a in d["attributes"])')" "agency,title,publish,procedure,dossier" "its attributes"
is "$(json '",".join(str(a["required"]) for a in d["attributes"])')" "True,True,False,False,False" "agency and title required"
is "$(json '",".join(v["key"] for v in d["attributes"][2]["values"])')" "yes,no" "publish is a list of yes and no"
is "$(json '",".join(str(a["order"]) for a in d["attributes"])')" "1,2,3,4,5" "in order"
api /services/handling.xml
valid_xml "services/handling.xml"
body_has "<service_definition><service_code>handling</service_code><attributes><attribute><variable>true</variable><code>agency</code>" \
	"the XML definition in the specification's elements"
body_has "<values><value><key>yes</key><name>Đồng ý công khai</name></value>" "with its values"
api /services/nothing.json
error_is json 404 "an unknown service's definition"
api /services/nothing.xml
error_is xml 404 "an unknown service's definition in XML"
valid_xml "the XML error"
api /nothing.json
error_is json 404 "an unknown resource"
api /discovery.html
error_is xml 404 "an unknown format"

# --- posting: keys ---------------------------------------------------------------------------------
GOOD=(service_code=handling "attribute[agency]=$AGENCY" "attribute[title]=Hồ sơ bị chậm" "description=Hồ sơ của tôi quá hạn 10 ngày.")
BEFORE=$(kept)
post_req json - "${GOOD[@]}"
error_is json 403 "a post without api_key"
post_req xml "x$KEY" "${GOOD[@]}"
error_is xml 403 "a post with a wrong api_key"
valid_xml "the 403"
post_req json "${KEY}x" "${GOOD[@]}"
error_is json 403 "a post with a key of the wrong length"
fetch --interface "$FROM" "$API/requests.json?api_key=$KEY"
is "$STATUS" 200 "api_key in a GET's query string is no login: reading needs none"

# --- posting: validation -------------------------------------------------------------------------
# reject WHAT [name=value...]: the post is refused with 400 in JSON and in XML, and keeps nothing.
reject() {
	local what=$1
	shift
	post_req json "$KEY" "$@"
	error_is json 400 "$what"
	post_req xml "$KEY" "$@"
	error_is xml 400 "$what (XML)"
}
reject "a post without service_code" "attribute[agency]=$AGENCY" "attribute[title]=T" "description=D"
reject "an unknown service_code" service_code=nothing "attribute[agency]=$AGENCY" "attribute[title]=T" "description=D"
reject "a post without description" service_code=handling "attribute[agency]=$AGENCY" "attribute[title]=T"
reject "a description of blanks only" service_code=handling "attribute[agency]=$AGENCY" "attribute[title]=T" "description=   "
reject "a description over 5000 characters" service_code=handling "attribute[agency]=$AGENCY" "attribute[title]=T" \
	"description=$(printf 'ệ%.0s' $(seq 1 5001))"
reject "a post without attribute[title]" service_code=handling "attribute[agency]=$AGENCY" "description=D"
reject "a title over 200 characters" service_code=handling "attribute[agency]=$AGENCY" "attribute[title]=$(printf 'ả%.0s' $(seq 1 201))" "description=D"
reject "a post without attribute[agency]" service_code=handling "attribute[title]=T" "description=D"
reject "an unknown agency" service_code=handling "attribute[agency]=NO.SUCH" "attribute[title]=T" "description=D"
reject "an attribute the service does not have" "${GOOD[@]}" "attribute[colour]=red"
reject "attribute[publish] other than yes or no" "${GOOD[@]}" "attribute[publish]=maybe"
reject "an unknown procedure" "${GOOD[@]}" "attribute[procedure]=9.999999"
reject "a dossier the agency does not have" "${GOOD[@]}" "attribute[dossier]=000.00.00.H00-000000-0000"
reject "media_url (files go through the portal's pages)" "${GOOD[@]}" "media_url=https://example.com/a.jpg"
reject "lat without long" "${GOOD[@]}" "lat=21.02"
reject "a latitude past 90" "${GOOD[@]}" "lat=91" "long=105.8"
reject "a longitude that is not a number" "${GOOD[@]}" "lat=21" "long=1e2"
reject "an e-mail address that is not one" "${GOOD[@]}" "email=an at example"
reject "a phone that is not a Vietnamese mobile" "${GOOD[@]}" "phone=12345"
reject "a name part over 99 characters" "${GOOD[@]}" "first_name=$(printf 'a%.0s' $(seq 1 100))"
fetch --interface "$FROM" -H 'Content-Type: application/json' --data "{\"api_key\":\"$KEY\"}" "$API/requests.json"
error_is json 400 "a JSON body"
fetch --interface "$FROM" --data "api_key=$KEY&service_code=handling&service_code=conduct" "$API/requests.json"
error_is json 400 "a parameter given twice"
fetch --interface "$FROM" --data "api_key=$KEY&service_code=handling&description=%FF%FE" "$API/requests.xml"
error_is xml 400 "a value that is not UTF-8"
fetch --interface "$FROM" --data "api_key=$KEY&description=%G1" "$API/requests.json"
error_is json 400 "a broken %-escape"
is "$(kept)" "$BEFORE" "no refused post kept anything"

# --- posting: accepted ---------------------------------------------------------------------------
NAME_FIRST="Thị Hoà$$"
NAME_LAST="Lê$$"
EMAIL="hoa.$$.$RANDOM@example.com"
PHONE=0912$(printf '%06d' $((RANDOM * 7 % 1000000)))
TITLE="Bị yêu cầu nộp thêm giấy <tờ> & \"bản sao\" $$"
CONTENT="Cán bộ yêu cầu bản sao có chứng thực không có trong quy định.
Đề nghị xem xét. $$"
post_req json "$KEY" service_code=handling "attribute[agency]=$AGENCY" "attribute[title]=$TITLE" \
	"description=$CONTENT" "attribute[publish]=yes" "attribute[procedure]=$PROCEDURE" lat=21.0285 long=105.8542 \
	"address_string=Số 8 Tôn Thất Thuyết, Hà Nội" "email=$EMAIL" "phone=$PHONE" "first_name=$NAME_FIRST" \
	"last_name=$NAME_LAST" device_id=abc account_id=42 jurisdiction_id=vn
is "$STATUS" 200 "a complete post is accepted"
valid_json "its answer"
ID1=$(json 'd[0]["service_request_id"]')
TOKEN1=$(json 'd[0]["token"]')
printf '%s' "$ID1" | grep -qE '^PAKN-[0-9]{6}-[0-9]{6}$'
ok $? "it gives the tracking code as service_request_id ($ID1)"
printf '%s' "$TOKEN1" | grep -qE '^[0-9a-f]{32}$'
ok $? "and a token"
is "$(json 'd[0]["account_id"]')" None "account_id is null"
body_has "phân loại trước ngày" "service_notice says by when it will be classified"
is "$(header Cache-Control)" "no-store" "the answer with its token is not cached"
is "$(sql "SELECT CONCAT_WS('|', source, api_key_id, category, status, publish_ok, contact_name, contact_email, contact_phone, lat, lon, address, submit_ip, title) FROM feedback WHERE code = '$ID1'")" \
	"open311|$KEY_ID|handling|received|1|$NAME_LAST $NAME_FIRST|$EMAIL|$PHONE|21.028500|105.854200|Số 8 Tôn Thất Thuyết, Hà Nội|$FROM|$TITLE" \
	"it is kept as feedback of the key, with the contact (family name first), the place and the client's address"
is "$(sql "SELECT content FROM feedback WHERE code = '$ID1'")" "$(printf '%s' "$CONTENT" | sed 's/$/\\n/' | tr -d '\n' | sed 's/\\n$//')" \
	"the description with its line break"
is "$(sql "SELECT p.code FROM feedback f JOIN procedures p ON p.id = f.procedure_id WHERE f.code = '$ID1'")" "$PROCEDURE" "linked to the procedure"
is "$(sql "SELECT CONCAT(action, ':', to_status) FROM feedback_events e JOIN feedback f ON f.id = e.feedback_id WHERE f.code = '$ID1'")" \
	"submit:received" "its timeline starts"
is "$(sql "SELECT COUNT(*) FROM outbox WHERE recipient = '$EMAIL'")" 1 "the citizen is mailed the code"

post_req xml "$KEY" "${GOOD[@]}"
is "$STATUS" 200 "a minimal post in XML is accepted"
valid_xml "its answer"
ID2=$(xml_text service_request_id)
TOKEN2=$(xml_text token)
body_has "<service_requests><request><service_request_id>$ID2</service_request_id>" "in <service_requests><request>"
body_has "<account_id></account_id>" "account_id empty"
is "$(sql "SELECT CONCAT_WS('|', contact_name, contact_email, contact_phone, address, IFNULL(lat, 'none'), publish_ok) FROM feedback WHERE code = '$ID2'")" \
	"||||none|0" "without contact, place or consent"

# --- tokens ----------------------------------------------------------------------------------------
api "/tokens/$TOKEN1.json"
is "$STATUS" 200 "a token is looked up"
valid_json "tokens/{token}.json"
is "$(json 'd[0]["service_request_id"] + " " + d[0]["token"]')" "$ID1 $TOKEN1" "to its service_request_id"
api "/tokens/$TOKEN2.xml"
valid_xml "tokens/{token}.xml"
is "$(xml_text service_request_id)" "$ID2" "in XML too"
api "/tokens/0123456789abcdef0123456789abcdef.json"
error_is json 404 "an unknown token"
api "/tokens/nottoken.xml"
error_is xml 404 "a malformed token"

# --- one request ------------------------------------------------------------------------------------
api "/requests/$ID1.json"
is "$STATUS" 200 "one request by its id"
valid_json "requests/{id}.json"
is "$(json 'len(d)')" 1 "as a list of one"
is "$(json 'd[0]["status"] + "|" + d[0]["service_code"] + "|" + d[0]["agency_responsible"]')" "open|handling|$AGENCY_NAME" \
	"open, its service and the agency's name"
is "$(json 'd[0]["expected_datetime"]')" "$(sql "SELECT classify_due FROM feedback WHERE code = '$ID1'")T23:59:59+07:00" \
	"expected by the end of the day it must be classified"
printf '%s' "$(json 'd[0]["requested_datetime"]')" | grep -qE '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\+07:00$'
ok $? "requested_datetime is a W3C datetime with its zone"
is "$(json 'd[0]["description"]')" None "its text is not shown before it is published"
is "$(json 'd[0]["lat"]')" None "nor its place"
api "/requests/$ID1.xml"
valid_xml "requests/{id}.xml"
body_has "<service_requests><request><service_request_id>$ID1</service_request_id><status>open</status>" "the XML request"
body_has "<description></description>" "with an empty description"
api "/requests/PAKN-000000-000000.json"
error_is json 404 "an unknown service_request_id"
api "/requests/PAKN-000000-000000.xml"
error_is xml 404 "an unknown service_request_id in XML"

# --- privacy: published, rejected ------------------------------------------------------------------
# The agency accepts, answers and publishes the first (the office pages do this; here SQL, one
# transition at a time as the trigger wants), and rejects the second.
ANSWER="Theo Nghị định 45/2020, không được yêu cầu bản sao <có chứng thực> & \"giấy tờ\" khác. $$"
sql "UPDATE feedback SET status = 'accepted', answer_due = CURDATE() + INTERVAL 20 DAY WHERE code = '$ID1'"
api "/requests/$ID1.json"
is "$(json 'd[0]["status"] + " " + d[0]["expected_datetime"][:10]')" "open $(sql "SELECT answer_due FROM feedback WHERE code = '$ID1'")" \
	"accepted, it is open and expected by the answer's deadline"
sql "UPDATE feedback SET status = 'answered', answer = '$(printf '%s' "$ANSWER" | sed "s/'/''/g")', answered_at = NOW() WHERE code = '$ID1'"
api "/requests/$ID1.json"
is "$(json 'd[0]["status"]')" closed "answered, it is closed"
is "$(json 'd[0]["status_notes"]')" None "but the answer is not shown before it is published"
is "$(json 'd[0]["description"]')" None "nor the text"
sql "UPDATE feedback SET status = 'published', published_at = NOW() WHERE code = '$ID1'"
api "/requests/$ID1.json"
is "$(json 'd[0]["description"]')" "$TITLE

$CONTENT" "published, its title and text are shown"
is "$(json 'd[0]["status_notes"]')" "$ANSWER" "and the agency's answer as status_notes"
is "$(json 'd[0]["lat"]') $(json 'd[0]["long"]')" "21.0285 105.8542" "and its place, as numbers"
is "$(json 'd[0]["address"]')" "Số 8 Tôn Thất Thuyết, Hà Nội" "and its address"
api "/requests/$ID1.xml"
valid_xml "the published request in XML"
body_has "<description>Bị yêu cầu nộp thêm giấy &lt;tờ&gt; &amp; &quot;bản sao&quot; $$" "its text escaped for XML"
body_has "<lat>21.028500</lat><long>105.854200</long>" "its place"
REASON="Nội dung không thuộc phạm vi tiếp nhận. $$"
sql "UPDATE feedback SET status = 'rejected', reject_reason = '$REASON' WHERE code = '$ID2'"
api "/requests/$ID2.json"
is "$(json 'd[0]["status"] + "|" + d[0]["status_notes"]')" "closed|$REASON" "a rejected one is closed, with the reason"
is "$(json 'd[0]["description"]')" None "and without its text"
sql "UPDATE feedback SET publish_ok = 0 WHERE code = '$ID1'"
api "/requests/$ID1.json"
is "$(json 'd[0]["description"]')" None "a published one without the submitter's consent shows no text"
sql "UPDATE feedback SET publish_ok = 1 WHERE code = '$ID1'"

# Everything a client can read of these two, in both formats: never the submitter.
for p in "/requests/$ID1.json" "/requests/$ID1.xml" "/requests.json?service_request_id=$ID1,$ID2" \
	"/requests.xml?service_request_id=$ID1,$ID2" "/requests.json" "/requests.xml" "/requests.json?status=closed" \
	"/tokens/$TOKEN1.json" "/tokens/$TOKEN1.xml"; do
	api "$p"
	leaked=""
	for v in "$EMAIL" "$PHONE" "$NAME_FIRST" "$NAME_LAST" "$FROM" "$KEY" "hoa.$$"; do
		grep -qF -- "$v" "$TMP/body" && leaked="$leaked $v"
	done
	is "$STATUS/$leaked" "200/" "GET $p shows no name, e-mail, phone, address or key of the submitter"
done

# --- the list: filters and limits ---------------------------------------------------------------------
# Rows of 2020 made here (nothing else has any): three in March, 205 in April.
AGENCY_ID=$(sql "SELECT id FROM agencies WHERE code = '$AGENCY'")
row() {	# row CODE CATEGORY STATUS CREATED_AT (in Vietnam) [PUBLISH_OK]
	echo "('$1', '$2', $AGENCY_ID, $AGENCY_ID, 'Tiêu đề $1', 'Nội dung', '', '$3', '$4', ${5:-0})"
}
sql "SET time_zone = '+07:00'; INSERT INTO feedback (code, category, agency_id, first_agency_id, title, content, search_text, status, created_at, publish_ok) VALUES
	$(row $MARK-M1 proposal received '2020-03-01 09:00:00'),
	$(row $MARK-M2 handling rejected '2020-03-02 09:00:00'),
	$(row $MARK-M3 proposal published '2020-03-03 09:00:00' 1);
	UPDATE feedback SET content = CONCAT('Có ký tự điều khiển ', CHAR(11 USING utf8mb4), ' ở đây')
	WHERE code = '$MARK-M3'"
sql "SET time_zone = '+07:00'; INSERT INTO feedback (code, category, agency_id, first_agency_id, title, content, search_text, status, created_at)
	SELECT CONCAT('$MARK-A', seq), 'conduct', $AGENCY_ID, $AGENCY_ID, 'A', 'A', '', 'received', '2020-04-01 00:00:00' + INTERVAL seq MINUTE
	FROM seq_1_to_205"
codes() { json '",".join(r["service_request_id"] for r in d)'; }
api "/requests.json?start_date=2020-03-01&end_date=2020-03-31"
is "$(codes)" "$MARK-M3,$MARK-M2,$MARK-M1" "start_date and end_date (dates) give the month's, newest first"
api "/requests.json?start_date=2020-03-02T00:00:00%2B07:00&end_date=2020-03-31T00:00:00Z"
is "$(codes)" "$MARK-M3,$MARK-M2" "W3C datetimes with their zones"
api "/requests.json?start_date=2020-03-01T02:00:00Z&end_date=2020-03-01T02:00:00Z"
is "$(codes)" "$MARK-M1" "09:00 in Vietnam is 02:00 UTC"
api "/requests.json?start_date=2020-03-01&end_date=2020-03-31&status=open"
is "$(codes)" "$MARK-M1" "status=open: received or accepted"
api "/requests.json?start_date=2020-03-01&end_date=2020-03-31&status=closed"
is "$(codes)" "$MARK-M3,$MARK-M2" "status=closed: rejected, answered or published"
api "/requests.json?start_date=2020-03-01&end_date=2020-03-31&status=open,closed"
is "$(codes)" "$MARK-M3,$MARK-M2,$MARK-M1" "status=open,closed: both"
api "/requests.json?start_date=2020-03-01&end_date=2020-03-31&service_code=proposal"
is "$(codes)" "$MARK-M3,$MARK-M1" "service_code"
api "/requests.xml?start_date=2020-03-01&end_date=2020-03-31"
valid_xml "a list with a control character in a published text"
is "$(xml_text service_request_id | tr '\n' ,)" "$MARK-M3,$MARK-M2,$MARK-M1," "the XML list"
body_has "Có ký tự điều khiển  ở đây" "the character XML cannot carry is left out"
api "/requests.json?end_date=2020-03-31"
is "$(codes)" "$MARK-M3,$MARK-M2,$MARK-M1" "end_date alone: the 90 days before it"
api "/requests.json?start_date=2020-04-01&end_date=2020-04-30"
is "$(json 'len(d)')" 200 "at most 200 rows an answer"
is "$(json 'd[0]["service_request_id"]')" "$MARK-A205" "the newest first"
api "/requests.json?start_date=2020-04-01&end_date=2020-04-30&page=2"
is "$(json 'len(d)') $(json 'd[-1]["service_request_id"]')" "5 $MARK-A1" "page=2 gives the rest"
api "/requests.json?start_date=2020-03-02&page=2"
is "$(json 'len(d)') $(json 'd[-1]["service_request_id"]')" "7 $MARK-M2" "start_date alone: the 90 days from it, March's after April's"
api "/requests.json?start_date=2020-04-01&end_date=2020-04-30&page_size=10&page=3"
is "$(json 'd[0]["service_request_id"]') $(json 'len(d)')" "$MARK-A185 10" "page_size"
api "/requests.json"
lacks_mark=$(json 'any(r["service_request_id"].startswith("'$MARK'-") for r in d)')
is "$lacks_mark" False "no dates: the last 90 days only"
has_new=$(json 'any(r["service_request_id"] == "'$ID1'" for r in d)')
is "$has_new" True "which has today's"
api "/requests.json?service_request_id=$MARK-M2,$ID1,nothing,$MARK-M2&status=open&service_code=proposal"
is "$(codes)" "$MARK-M2,$ID1" "service_request_id lists those asked, once each, whatever the other filters"
api "/requests.xml?service_request_id=$ID2"
is "$(xml_text service_request_id)" "$ID2" "in XML too"
api "/requests.json?service_request_id=$(seq -s, 1 51)"
error_is json 400 "more than 50 ids"
api "/requests.json?start_date=2020-01-01&end_date=2020-06-01"
error_is json 400 "dates more than 90 days apart"
api "/requests.xml?start_date=2020-03-31&end_date=2020-03-01"
error_is xml 400 "end_date before start_date"
api "/requests.json?start_date=2020-02-30"
error_is json 400 "a date that does not exist"
api "/requests.json?start_date=2020-03-01T09:00:00"
error_is json 400 "a datetime without its zone"
api "/requests.json?status=pending"
error_is json 400 "an unknown status"
api "/requests.xml?service_code=nothing"
error_is xml 400 "an unknown service_code as a filter"
api "/requests.json?page_size=201"
error_is json 400 "page_size over 200"
api "/requests.json?page=0"
error_is json 400 "page 0"

# --- rate limits -----------------------------------------------------------------------------------
# The key's hour is filled up to its 60 (rows made now), then it is refused; another key is not.
N=$(kept)
sql "INSERT INTO feedback (code, category, agency_id, first_agency_id, title, content, search_text, source, api_key_id, submit_ip)
	SELECT CONCAT('$MARK-K', seq), 'proposal', $AGENCY_ID, $AGENCY_ID, 'K', 'K', '', 'open311', $KEY_ID, '127.0.0.250'
	FROM seq_1_to_$((60 - N))"
post_req json "$KEY" "${GOOD[@]}"
error_is json 429 "the 61st post of a key in an hour"
post_req xml "$KEY" "${GOOD[@]}"
error_is xml 429 "in XML too"
is "$(kept)" 60 "and it is not kept"
admin create-open311-key --name "Second client $$"
KEY2=$(tail -n 1 "$TMP/out")
KEY2_ID=$(sed -n 's/^created Open311 key \([0-9]*\) .*/\1/p' "$TMP/out")
post_req json "$KEY2" "${GOOD[@]}"
is "$STATUS" 200 "another key from the same address still posts"
# The address's hour is filled up to its 120, then any key from it is refused.
sql "INSERT INTO feedback (code, category, agency_id, first_agency_id, title, content, search_text, source, submit_ip)
	SELECT CONCAT('$MARK-I', seq), 'proposal', $AGENCY_ID, $AGENCY_ID, 'I', 'I', '', 'open311', '$FROM2'
	FROM seq_1_to_120"
FROM_SAVED=$FROM
FROM=$FROM2
post_req json "$KEY2" "${GOOD[@]}"
error_is json 429 "the 121st post from one address in an hour, with a key under its limit"
FROM=$FROM_SAVED

# --- disabling a key -------------------------------------------------------------------------------
admin disable-open311-key --id "$KEY2_ID"
is "$RC" 0 "cong-admin disables a key"
is "$(sql "SELECT COUNT(*) FROM audit_log WHERE event = 'open311_key_disabled' AND detail = 'open311 key $KEY2_ID'")" 1 \
	"disabling it is in the audit log"
post_req xml "$KEY2" "${GOOD[@]}"
error_is xml 403 "a disabled key"
body_has "disabled" "which says it is disabled"
admin disable-open311-key --id "$KEY2_ID"
is "$RC" 1 "a key is disabled once"
admin disable-open311-key --id x
is "$RC" 2 "disable-open311-key wants a number"

done_testing

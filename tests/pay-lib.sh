# pay-lib.sh: what tests of payments share — VNPay's signing done by hand (PHP's urlencode and
# openssl's HMAC-SHA512: an implementation independent of vnpay.c, so that a bug there shows), and
# a payer's way through the sandbox gateway's page. Sourced after tests/lib.sh (and, for the
# payer's way, tests/accounts-lib.sh).

# phpenc TEXT: PHP's urlencode(), byte by byte.
phpenc() {
	local LC_ALL=C s=$1 i c out=
	for ((i = 0; i < ${#s}; i++)); do
		c=${s:i:1}
		case "$c" in
		[A-Za-z0-9._-]) out+=$c ;;
		' ') out+=+ ;;
		*) out+=$(printf '%%%02X' "'$c") ;;
		esac
	done
	printf '%s' "$out"
}
hmac() { printf '%s' "$2" | openssl dgst -sha512 -hmac "$1" | sed 's/^.*= //'; }
# signed_query SECRET NAME=VALUE...: sorted by name, encoded, empty values left out, signed; a
# name given twice keeps its last value.
signed_query() {
	local secret=$1 data kv k; shift
	local -A v=()
	for kv in "$@"; do v[${kv%%=*}]=${kv#*=}; done
	data=$(for k in "${!v[@]}"; do printf '%s\n' "$k"; done | LC_ALL=C sort |
		while read -r k; do [ -n "${v[$k]}" ] && printf '%s=%s&' "$(phpenc "$k")" "$(phpenc "${v[$k]}")"; done)
	data=${data%&}
	printf '%s&vnp_SecureHash=%s' "$data" "$(hmac "$secret" "$data")"
}
# decode TEXT: form-decoding.
decode() { local s=${1//+/ }; printf '%b' "${s//%/\\x}"; }
# param QUERY NAME: a parameter's decoded value.
param() { local kv; for kv in ${1//&/ }; do [ "${kv%%=*}" = "$2" ] && { decode "${kv#*=}"; return; }; done; }
# query_params QUERY: the query's NAME=VALUE pairs (decoded), one a line, but the hash.
query_params() {
	local kv
	for kv in ${1//&/ }; do
		case "${kv%%=*}" in vnp_SecureHash|vnp_SecureHashType) continue ;; esac
		printf '%s=%s\n' "${kv%%=*}" "$(decode "${kv#*=}")"
	done
}
# verifies SECRET QUERY: the query's vnp_SecureHash is right for its other parameters, signed again
# here from their decoded values.
verifies() {
	local args=()
	mapfile -t args < <(query_params "$2")
	[ "$(signed_query "$1" "${args[@]}" | sed 's/.*vnp_SecureHash=//')" = "$(param "$2" vnp_SecureHash)" ]
}
vndate() { TZ=Asia/Ho_Chi_Minh date -d "${1:-now}" +%Y%m%d%H%M%S; }

# pay_button JAR PAGE ACTION: the payer opens PAGE and presses its pay button (a POST to ACTION);
# GATEWAY is where the portal sends the payer, REF the order's reference.
pay_button() {
	form "$1" "$2"
	post "$1" "$3" "csrf=$CSRF"
	GATEWAY=$(header Location)
	REF=$(param "${GATEWAY#*\?}" vnp_TxnRef)
}
# bank_open URL: the payer's browser opens the gateway's page.
bank_open() {
	BANK_STATUS=$(curl -sS -o "$TMP/bank" -D "$TMP/bankh" -w '%{http_code}' -c "$TMP/bank.jar" \
		-b "$TMP/bank.jar" "$1") || BANK_STATUS=000
	BANK_ACTION=$(grep -o 'action="/paymentv2/vpcpay.html/[^"]*' "$TMP/bank" | head -n 1 | sed 's/action="//')
	BANK_CSRF=$(grep -o 'name="csrf" value="[^"]*' "$TMP/bank" | head -n 1 | sed 's/.*value="//')
}
# bank_decide pay|cancel [FAULT]: the payer's decision; RETURN is the portal path the gateway
# sends the browser back to.
bank_decide() {
	BANK_STATUS=$(curl -sS -o "$TMP/bank" -D "$TMP/bankh" -w '%{http_code}' -b "$TMP/bank.jar" \
		--data "csrf=$BANK_CSRF&action=$1&bank=NCB&fault=${2:-none}" "$CONG_SANDBOX_URL$BANK_ACTION") \
		|| BANK_STATUS=000
	RETURN=$(grep -i '^location:' "$TMP/bankh" | head -n 1 | cut -d' ' -f2- | tr -d '\r' | sed "s|^$CONG_URL||")
}
# pay_through JAR PAGE ACTION pay|cancel [FAULT]: the whole way to the gateway and back to the
# moment the browser is told to return (it does not follow: a caller decides whether it does).
pay_through() {
	pay_button "$1" "$2" "$3"
	bank_open "$GATEWAY"
	bank_decide "$4" "${5:-none}"
}

#!/bin/bash
# Benchmark of the public side of feedback (not part of make check), on a stack of its own: the
# public list of published answers (/feedback: the newest page, a search typed without diacritics,
# a search and an agency filter together, a deep page) and the Open311 list
# (/open311/v2/requests.json), with N published submissions in the database (made in SQL as the
# office pages leave them, over every agency and kind, with folded search text built from a pool
# of Vietnamese phrases), and GET /hello as the baseline of the same run.
#
# usage: tests/bench/feedback.sh [-d SECONDS] [-c CONNECTIONS]     (from a built tree)
# BENCH_FEEDBACK (N, default 200000); CONG_WORKERS (default 4) as for tests/stack.sh.
BENCH_CONNS=32
cmdline="$0 $*"
. "$(dirname "$0")/common.sh"

n=${BENCH_FEEDBACK:-200000}
threads=2
work=$(mktemp -d "${TMPDIR:-/tmp}/cong-bench-feedback.XXXXXX")
bench_on_exit "rm -rf '$work' '$bench_dir/db'"
sql() { mariadb --socket="$CONG_DB_SOCKET" -u root -N -B cong -e "$1"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

echo "command: $cmdline"
echo "machine: $(nproc) cores ($(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)), $(free -m | awk '/^Mem:/ {print $2}') MB RAM, $(mariadb --version | sed 's/.*Distrib \([^,]*\),.*/MariaDB \1/'), $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2)"
echo "run: $CONG_URL, ${CONG_WORKERS:-4} workers per FastCGI program; wrk -t$threads -c$conns -d${duration}s; $(date -u +%Y-%m-%dT%H:%MZ)"
echo "sizes: $n published submissions"
echo

# --- the data: phrases combined into titles, contents and answers ---------------------------------
t0=$(now_ms)
sql "INSERT INTO feedback (code, category, agency_id, first_agency_id, title, content, publish_ok, status,
	answer, answered_at, published_at, search_text, submit_ip, created_at)
	SELECT CONCAT('PAKN-BENCH-', LPAD(s.seq, 7, '0')),
	ELT(1 + s.seq % 4, 'regulation', 'handling', 'conduct', 'proposal'),
	a.id, a.id,
	ELT(1 + s.seq % 5, 'Yêu cầu giấy tờ ngoài quy định', 'Hồ sơ trả kết quả chậm',
	    'Thái độ cán bộ một cửa', 'Đề nghị đơn giản hóa thủ tục', 'Phí dịch vụ không niêm yết'),
	CONCAT('Nội dung phản ánh số ', s.seq, ': ', ELT(1 + s.seq % 7, 'cán bộ yêu cầu bổ sung bản sao công chứng',
	    'hồ sơ đăng ký thường trú quá hạn', 'không được hướng dẫn nộp trực tuyến', 'phải đi lại nhiều lần',
	    'đề nghị bỏ yêu cầu xác nhận của công an xã', 'thu phí cao hơn quy định', 'giấy phép lái xe chậm cấp đổi')),
	1, 'published', 'Cơ quan đã kiểm tra và trả lời công dân theo quy định.', NOW() - INTERVAL s.seq MINUTE,
	NOW() - INTERVAL s.seq MINUTE,
	CONCAT(ELT(1 + s.seq % 5, 'yeu cau giay to ngoai quy dinh', 'ho so tra ket qua cham',
	    'thai do can bo mot cua', 'de nghi don gian hoa thu tuc', 'phi dich vu khong niem yet'),
	  ' noi dung phan anh so ', s.seq, ' ', ELT(1 + s.seq % 7, 'can bo yeu cau bo sung ban sao cong chung',
	    'ho so dang ky thuong tru qua han', 'khong duoc huong dan nop truc tuyen', 'phai di lai nhieu lan',
	    'de nghi bo yeu cau xac nhan cua cong an xa', 'thu phi cao hon quy dinh', 'giay phep lai xe cham cap doi'),
	  ' co quan da kiem tra va tra loi cong dan theo quy dinh'),
	'127.0.0.1', NOW() - INTERVAL s.seq MINUTE
	FROM seq_1_to_$n s JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS k, COUNT(*) OVER () AS m
	    FROM agencies) a ON a.k = s.seq % a.m"
echo "bulk insert of $n published submissions: $(( ($(now_ms) - t0) / 1000 )) s"
[ "$(sql "SELECT COUNT(*) FROM feedback WHERE status = 'published'")" -ge "$n" ] ||
	{ echo "bench: the submissions were not made" >&2; exit 1; }
agency=$(sql "SELECT a.code FROM feedback f JOIN agencies a ON a.id = f.agency_id GROUP BY a.code ORDER BY COUNT(*) DESC LIMIT 1")
echo

printf '%-52s %9s        %9s       %9s\n' "" "" "latency" ""
get "hello (GET /hello, baseline)" hello /hello
get "public list, newest page" list /feedback
get "search 'thai do can bo' (no diacritics)" search "/feedback?q=thai+do+can+bo"
get "search 'giay phep lai xe' + agency $agency" filter "/feedback?q=giay+phep+lai+xe&agency=$agency"
get "public list, page 400" deep "/feedback?page=400"
get "Open311 requests.json (newest 200)" o311 /open311/v2/requests.json
echo
echo "load after: $(uptime | sed 's/.*load average/load average/')"

-- dossier.lua: the wrk script of tests/bench/dossier.sh — multipart POSTs to drafts prepared
-- beforehand, each with the session cookie and CSRF token of the draft's owner.
--
--   wrk -t T ... -s dossier.lua URL -- MODE LIST T FIELDS [KB DOCFIELD]
--
-- LIST has one line per draft: "DRAFT_ID SESSION_TOKEN CSRF_TOKEN". FIELDS is a file holding
-- multipart parts (boundary BOUNDARY below) sent as they are after csrf and action. Thread i of T
-- takes the lines i+1, i+1+T, i+1+2T...
--   MODE submit: action=submit and a PDF of KB kilobytes (different in every request, so that the
--     content-addressed store keeps each) in the file field DOCFIELD; each draft exactly once. A
--     thread whose drafts are all answered stops; the shell ends wrk (SIGINT) when every thread
--     has, so that wrk's requests/s counts the time the N requests took, not -d.
--   MODE save: action=save with FIELDS and no file, the drafts round and round, for -d seconds.
-- done() prints a line "statuses: CODE=COUNT ..." (and "submitted: N" with the number of answers
-- that were a 303 to the new dossier's receipt).

local BOUNDARY = "----CongBenchBoundary7MA4YWxkTrZu0gW"

local threads, nthreads = {}, 0

function setup(thread)
	thread:set("tid", nthreads)
	nthreads = nthreads + 1
	table.insert(threads, thread)
end

local mode, mine, fields, kb, docfield
local reserved, taken, answered = 0, 0, 0
statuses, submitted = {}, 0

local function part(name, value)
	return "--" .. BOUNDARY .. "\r\nContent-Disposition: form-data; name=\"" .. name ..
		"\"\r\n\r\n" .. value .. "\r\n"
end

-- A PDF of exactly kb KiB that filetype.c takes (signature first, %%EOF in the last KiB), with a
-- line that makes it unique.
local function pdf(id)
	local head = "%PDF-1.4\n% giay to cho o hop phap, ho so " .. id .. " " .. math.random(1e9) ..
		"\n1 0 obj << >> endobj\n"
	local tail = "\n%%EOF\n"
	return head .. string.rep(" ", kb * 1024 - #head - #tail) .. tail
end

function init(args)
	mode = args[1]
	local list, t, f = args[2], tonumber(args[3]), io.open(args[4], "rb")
	fields = f:read("*a")
	f:close()
	kb, docfield = tonumber(args[5] or "0"), args[6]
	math.randomseed(os.time() + tid)
	mine = {}
	local n = 0
	for line in io.lines(list) do
		if n % t == tid then
			local id, token, csrf = line:match("^(%S+) (%S+) (%S+)$")
			table.insert(mine, { id = id, token = token, csrf = csrf })
		end
		n = n + 1
	end
	if mode == "submit" then
		-- Called before each request this thread sends: an idle connection once every draft
		-- has been given to one (wrk's own verification call of request() comes without it).
		delay = function()
			if reserved < #mine then
				reserved = reserved + 1
				return 0
			end
			return 3600 * 1000
		end
	end
end

local function build(item, action)
	local body = part("csrf", item.csrf) .. part("action", action) .. fields
	if action == "submit" then
		body = body .. "--" .. BOUNDARY .. "\r\nContent-Disposition: form-data; name=\"" ..
			docfield .. "\"; filename=\"giay-to-cho-o.pdf\"\r\nContent-Type: application/pdf\r\n\r\n" ..
			pdf(item.id) .. "\r\n"
	end
	body = body .. "--" .. BOUNDARY .. "--\r\n"
	return wrk.format("POST", "/drafts/" .. item.id, {
		["Cookie"] = "cong_session=" .. item.token,
		["Content-Type"] = "multipart/form-data; boundary=" .. BOUNDARY,
	}, body)
end

local cursor = 0

function request()
	if mode == "submit" then
		if taken < reserved then
			taken = taken + 1
			return build(mine[taken], "submit")
		end
		return build(mine[1], "submit")	-- wrk's check of the script: parsed, never sent
	end
	cursor = cursor % #mine + 1
	return build(mine[cursor], "save")
end

function response(status, headers, body)
	statuses[status] = (statuses[status] or 0) + 1
	local loc = headers["Location"] or ""
	if status == 303 and loc:find("^/dossiers/.*%?submitted=1") then
		submitted = submitted + 1
	end
	if mode == "submit" then
		answered = answered + 1
		if answered == #mine then
			wrk.thread:stop()
		end
	end
end

function done(summary, latency, requests)
	local all, sub = {}, 0
	for _, thread in ipairs(threads) do
		for code, count in pairs(thread:get("statuses")) do
			all[code] = (all[code] or 0) + count
		end
		sub = sub + thread:get("submitted")
	end
	local line = {}
	for code, count in pairs(all) do
		table.insert(line, code .. "=" .. count)
	end
	table.sort(line)
	io.write("statuses: " .. table.concat(line, " ") .. "\n")
	io.write("submitted: " .. sub .. "\n")
end

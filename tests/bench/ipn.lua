-- ipn.lua: the wrk script of tests/bench/ipn.sh — GET requests to paths listed beforehand, each
-- exactly once (a callback settles an order once: a second one would measure something else).
--
--   wrk -t T ... -s ipn.lua URL -- LIST T
--
-- LIST has one path a line. Thread i of T takes the lines i+1, i+1+T, i+1+2T...; a thread whose
-- paths are all answered stops, and the shell ends wrk (SIGINT) when every thread has, so that
-- requests/s is the number of paths over the time they took. done() prints "statuses: CODE=COUNT"
-- and "rsp: RSPCODE=COUNT" (the RspCode of the JSON answers).

local threads, nthreads = {}, 0

function setup(thread)
	thread:set("tid", nthreads)
	nthreads = nthreads + 1
	table.insert(threads, thread)
end

local mine, reserved, taken, answered = {}, 0, 0, 0
statuses, rsp = {}, {}

function init(args)
	local list, t, n = args[1], tonumber(args[2]), 0
	for line in io.lines(list) do
		if n % t == tid then
			table.insert(mine, line)
		end
		n = n + 1
	end
	-- Called before each request of this thread: an idle connection once every path has gone.
	delay = function()
		if reserved < #mine then
			reserved = reserved + 1
			return 0
		end
		return 3600 * 1000
	end
end

function request()
	if taken < reserved then
		taken = taken + 1
		return wrk.format("GET", mine[taken])
	end
	return wrk.format("GET", mine[1])	-- wrk's check of the script: parsed, never sent
end

function response(status, headers, body)
	statuses[status] = (statuses[status] or 0) + 1
	local code = body:match('"RspCode":"(%d+)"') or "none"
	rsp[code] = (rsp[code] or 0) + 1
	answered = answered + 1
	if answered == #mine then
		wrk.thread:stop()
	end
end

local function tally(name)
	local all, line = {}, {}
	for _, thread in ipairs(threads) do
		for k, count in pairs(thread:get(name)) do
			all[k] = (all[k] or 0) + count
		end
	end
	for k, count in pairs(all) do
		table.insert(line, k .. "=" .. count)
	end
	table.sort(line)
	return table.concat(line, " ")
end

function done(summary, latency, requests)
	io.write("statuses: " .. tally("statuses") .. "\n")
	io.write("rsp: " .. tally("rsp") .. "\n")
end

-- Mixed soak load for bench/soak.sh: article and section pages, searches,
-- saves through the API and photo uploads, counted by status per thread.
-- SOAK_TOKEN, SOAK_PATHS (a file of paths, one a line), SOAK_IMAGE (a
-- JPEG) and SOAK_SECTION come from the environment.
local token = os.getenv("SOAK_TOKEN")
local section = os.getenv("SOAK_SECTION")
local paths = {}
for line in io.lines(os.getenv("SOAK_PATHS")) do paths[#paths + 1] = line end
local f = assert(io.open(os.getenv("SOAK_IMAGE"), "rb"))
local image = f:read("*a")
f:close()
local words = {"banjir", "pemilu", "jakarta", "ekonomi", "harga", "sekolah", "gempa", "pasar"}
local threads = {}
local counter = 0
local boundary = "----wartasoak"

function setup(thread)
	thread:set("id", #threads + 1)
	threads[#threads + 1] = thread
end

function init(args)
	statuses = {}
	kinds = {read = 0, search = 0, save = 0, upload = 0}
	math.randomseed(os.time() + id * 7919)
end

function request()
	counter = counter + 1
	local r = math.random(100)
	if r <= 75 then
		kinds.read = kinds.read + 1
		return wrk.format("GET", paths[math.random(#paths)])
	elseif r <= 90 then
		kinds.search = kinds.search + 1
		return wrk.format("GET", "/cari?q=" .. words[math.random(#words)] .. "+" .. words[math.random(#words)])
	elseif r <= 98 then
		kinds.save = kinds.save + 1
		-- A newsroom saves drafts far more often than it publishes: one
		-- save in ten publishes a story (evicting the pages that list it),
		-- the others store a draft.
		local title = string.format("Uji ketahanan %d-%d", id, counter)
		local status = "draft"
		if kinds.save % 10 == 0 then status = "published" end
		local body = string.format('{"title":"%s","dek":"Ringkasan uji.","body_html":"<p>Isi %s untuk uji ketahanan.</p>","section":"%s","status":"%s"}', title, title, section, status)
		return wrk.format("POST", "/api/v1/admin/articles",
			{["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, body)
	else
		kinds.upload = kinds.upload + 1
		-- Bytes after the JPEG's end make each upload a new file (no dedupe).
		local data = image .. string.format("soak-%d-%d", id, counter)
		local body = "--" .. boundary .. "\r\n" ..
			'Content-Disposition: form-data; name="caption"\r\n\r\nUji\r\n' ..
			"--" .. boundary .. "\r\n" ..
			'Content-Disposition: form-data; name="credit"\r\n\r\nWarta\r\n' ..
			"--" .. boundary .. "\r\n" ..
			'Content-Disposition: form-data; name="alt"\r\n\r\nFoto uji\r\n' ..
			"--" .. boundary .. "\r\n" ..
			'Content-Disposition: form-data; name="file"; filename="uji.jpg"\r\nContent-Type: image/jpeg\r\n\r\n' ..
			data .. "\r\n--" .. boundary .. "--\r\n"
		return wrk.format("POST", "/api/v1/admin/media",
			{["Authorization"] = "Bearer " .. token, ["Content-Type"] = "multipart/form-data; boundary=" .. boundary}, body)
	end
end

function response(status, headers, body)
	statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
	local total, kind = {}, {read = 0, search = 0, save = 0, upload = 0}
	for _, t in ipairs(threads) do
		for s, n in pairs(t:get("statuses")) do total[s] = (total[s] or 0) + n end
		for k, n in pairs(t:get("kinds")) do kind[k] = kind[k] + n end
	end
	local keys = {}
	for s in pairs(total) do keys[#keys + 1] = s end
	table.sort(keys)
	for _, s in ipairs(keys) do io.write(string.format("status %d %d\n", s, total[s])) end
	for _, k in ipairs({"read", "search", "save", "upload"}) do io.write(string.format("sent %s %d\n", k, kind[k])) end
	io.write(string.format("requests %d\nerrors connect=%d read=%d write=%d timeout=%d status=%d\n", summary.requests,
		summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
	io.write(string.format("latency p50=%.1fms p99=%.1fms max=%.1fms\n", latency:percentile(50) / 1000,
		latency:percentile(99) / 1000, latency.max / 1000))
end

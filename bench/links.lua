-- wrk script: every request picks one of the share links in $LINKS at random.
local paths = {}
for line in io.lines(os.getenv("LINKS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
math.randomseed(os.time())
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end

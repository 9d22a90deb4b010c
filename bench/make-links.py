#!/usr/bin/env python3
"""Writes N distinct result paths (/r/<code>) made from random valid answers, using only the running app:
the questionnaire comes from GET /api/v1/questionnaire, the links from POST /api/v1/assessments.
usage: make-links.py BASE_URL N OUT_FILE [SEED]"""
import json, random, sys, urllib.request

def fetch(url, body=None):
    req = urllib.request.Request(url, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)

def enabled(item, answers):
    when = item.get("enableWhen")
    if not when:
        return True
    given = answers.get(when["question"])
    given = given if isinstance(given, list) else ([given] if given is not None else [])
    hit = any(code in when["answers"] for code in given)
    return not hit if when["operator"] in ("not-equals", "not-in") else hit

def random_answers(items, rng):
    answers = {}
    for item in items:
        if not enabled(item, answers):
            continue
        codes = [o["code"] for o in item["answerOptions"]]
        if item["type"] == "integer":
            answers[item["linkId"]] = rng.randint(item["min"], item["max"])
        elif item["type"] == "single":
            answers[item["linkId"]] = rng.choice(codes)
        else:
            if not item["required"] and rng.random() < 0.3:
                continue
            exclusive = item.get("exclusiveCode")
            if exclusive and rng.random() < 0.5:
                answers[item["linkId"]] = [exclusive]
                continue
            pool = [c for c in codes if c != exclusive]
            answers[item["linkId"]] = rng.sample(pool, rng.randint(1, min(3, item["maxAnswers"], len(pool))))
    return answers

def main():
    base, n, out = sys.argv[1].rstrip("/"), int(sys.argv[2]), sys.argv[3]
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    items = fetch(base + "/api/v1/questionnaire")["items"]
    links = set()
    while len(links) < n:
        result = fetch(base + "/api/v1/assessments", {"answers": random_answers(items, rng)})
        links.add("/" + result["shareUrl"].split("/", 3)[3])
    with open(out, "w") as f:
        f.write("\n".join(sorted(links)) + "\n")

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# polnear-judge-items.py SPLIT OUT N SEED [RULE]: the findings of RULE
# (default attribution/unattributed-claim) by bin/attrlint on PolNeAR SPLIT
# (../shared/data/polnear), N of them in a seeded random order (0: all), each
# with its paragraph, the two before it and the one after, as the input of a
# blind judge (testdata/polnear-judged/BRIEF.md; BRIEF-vague-orphan.md for
# vague-source and orphan-quote). OUT must be outside the repository: it holds
# article text, which is evaluation data only. Each item's header names the
# article (its file name without .txt) and the finding's byte offset, the
# first two columns of the verdict files.
import json, random, re, subprocess, sys

split, out, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rule = sys.argv[5] if len(sys.argv) > 5 else "attribution/unattributed-claim"
d = f"../shared/data/polnear/{split}/text"
r = subprocess.run(["bin/attrlint", "--format", "json", "--enable", rule, d], capture_output=True, text=True)
items = [(f["path"], x) for f in json.loads(r.stdout)["files"] for x in (f.get("findings") or []) if x["rule"] == rule]
random.Random(seed).shuffle(items)
if n > 0:
    items = items[:n]
with open(out, "w") as o:
    for i, (p, x) in enumerate(items, 1):
        text = open(p, encoding="utf-8").read()
        at = len(text.encode()[: x["offset"]].decode(errors="ignore"))  # the finding's offset in characters
        paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]  # PolNeAR: a paragraph a line
        idx = next((k for k, (s, e) in enumerate(paras) if s <= at < e + 1), 0)
        ctx = [(">> " if k == idx else "   ") + text[s:e] for k, (s, e) in enumerate(paras) if idx - 2 <= k <= idx + 1]
        name = p.split("/")[-1].removesuffix(".txt")
        o.write(f"### F{i} {name} offset {x['offset']}\n")
        o.write(f"finding: {x['message'].split(':')[0]}\n")
        o.write(f"flagged text: {x['text']}\n")
        o.write("context (>> marks the paragraph holding it; the one after is shown too):\n")
        o.write("\n".join(ctx) + "\n\n")
print(len(items))

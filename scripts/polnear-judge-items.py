#!/usr/bin/env python3
# polnear-judge-items.py SPLIT OUT N SEED: the unattributed-claim findings of
# bin/attrlint on PolNeAR SPLIT (../shared/data/polnear), N of them in a seeded
# random order (0: all), each with its paragraph and the ones around it, as
# the input of a blind judge (testdata/polnear-judged/BRIEF.md). OUT must be
# outside the repository: it holds article text, which is evaluation data only.
import json, subprocess, sys, random, re
split, out, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
d = f"../shared/data/polnear/{split}/text"
r = subprocess.run(["bin/attrlint","--format","json","--enable","attribution/unattributed-claim", d], capture_output=True, text=True)
rep = json.loads(r.stdout)
items = []
for f in rep["files"]:
    for x in f.get("findings") or []:
        if x["rule"] != "attribution/unattributed-claim": continue
        items.append((f["path"], x))
random.Random(seed).shuffle(items)
if n > 0: items = items[:n]
with open(out, "w") as o:
    for i, (p, x) in enumerate(items, 1):
        raw = open(p, encoding="utf-8").read().encode()
        off = x["offset"]
        text = raw.decode()
        # paragraphs: split by blank lines or single newlines (PolNeAR uses newlines)
        b = raw[:off].decode(errors="ignore")
        start = b.rfind("\n")
        # previous two paragraphs and next one
        paras = re.split(r"\n+", text)
        # locate paragraph index by char offset
        coff = len(b)
        acc = 0; idx = 0
        spans = []
        pos = 0
        for m in re.finditer(r"[^\n]+", text):
            spans.append((m.start(), m.end()))
        for k,(s,e) in enumerate(spans):
            if s <= coff < e+1: idx = k; break
        ctx = []
        for k in range(max(0, idx-2), min(len(spans), idx+2)):
            s,e = spans[k]
            mark = ">>" if k == idx else "  "
            ctx.append(f"{mark} {text[s:e]}")
        name = p.split("/")[-1]
        o.write(f"### F{i} {name} offset {off}\n")
        o.write(f"finding: {x['message'].split(':')[0]}\n")
        o.write(f"flagged sentence: {x['text']}\n")
        o.write("context (>> marks the paragraph holding it; the one after is shown too):\n")
        o.write("\n".join(ctx) + "\n\n")
print(len(items))

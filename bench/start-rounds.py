#!/usr/bin/env python3
"""Cold starts in randomized rounds: each round starts every published folder once, in a shuffled order, with the
shared anchors' startup.sh (to the first 200 on /healthz), so that a machine whose speed drifts affects every folder
alike. Prints each folder's median and minimum, its ratio to the first folder (the median of the round-by-round
ratios), and the median of its paired differences from the first with a bootstrap 95 % interval.

Usage: bench/start-rounds.py ROUNDS BASE_DIR DIR...   (BASE_DIR is what the others are read against, e.g. the floor)
Env:   ANCHORS (../shared/bench-anchors beside the repository)"""
import os
import random
import re
import statistics
import subprocess
import sys

if len(sys.argv) < 4 or not sys.argv[1].isdigit() or int(sys.argv[1]) < 1:
    sys.exit("usage: bench/start-rounds.py ROUNDS BASE_DIR DIR...  (ROUNDS a whole number from 1)")
rounds, folders = int(sys.argv[1]), sys.argv[2:]
repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
startup = os.path.join(os.environ.get("ANCHORS", os.path.join(repo, "..", "shared", "bench-anchors")), "startup.sh")


def start(folder):
    out = subprocess.run(["bash", startup, folder], env={**os.environ, "RUNS": "1"}, capture_output=True, text=True)
    found = re.search(r"run 1: (\d+) ms", out.stdout)
    if not found:
        sys.exit(f"{folder} did not start: {out.stderr.strip() or out.stdout.strip()}")
    return int(found.group(1))


per_round = []
for _ in range(rounds):
    order = random.sample(folders, len(folders))
    per_round.append({folder: start(folder) for folder in order})

base = folders[0]
for folder in folders:
    times = [r[folder] for r in per_round]
    line = f"{folder}: median {statistics.median(times)} ms, min {min(times)} ms"
    if folder != base:
        ratio = statistics.median(r[folder] / r[base] for r in per_round)
        differences = [r[folder] - r[base] for r in per_round]
        boots = sorted(statistics.median(random.choices(differences, k=len(differences))) for _ in range(2000))
        line += (f", {ratio:.3f}x {base} round by round, paired difference {statistics.median(differences)} ms"
                 f" (95 % interval {boots[50]} to {boots[1949]})")
    print(line)

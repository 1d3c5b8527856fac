"""The report's rule for a block's few part-answered respondents, from an export's answers.csv.

A respondent is scored on a block when they answered at least half of it (rounded up). In a wave,
while for some statement of a block those who answered it and those scored differ by 1 to K-1
people, those people count in none of the block's figures (statements or score), and the bases
are counted again without them. Written from the report's stated rule, sharing no code with it.
"""
import csv
from collections import defaultdict


def counted(export, k):
    """Submitted answers as (response, wave, block, item, value or None), the left-out ones dropped."""
    rows = []
    items_of = defaultdict(set)
    with open(f"{export}/answers.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["status"] != "submitted":
                continue
            items_of[row["block"]].add(row["item_code"])
            rows.append((row["response_id"], row["wave"], row["block"], row["item_code"],
                         int(row["value"]) if row["value"] else None))
    answered = defaultdict(set)               # (wave, block) -> response -> items answered
    people = defaultdict(dict)
    for response, wave, block, item, value in rows:
        people[(wave, block)].setdefault(response, set())
        if value is not None:
            people[(wave, block)][response].add(item)
    left_out = set()
    for (wave, block), who in people.items():
        gone = set()
        while True:
            gaps = defaultdict(set)
            for response, items in who.items():
                if response in gone:
                    continue
                scored = len(items) > 0 and 2 * len(items) >= len(items_of[block])
                for item in items_of[block]:
                    if (item in items) != scored:
                        gaps[item].add(response)
            more = set().union(*[g for g in gaps.values() if 0 < len(g) < k])
            if more <= gone:
                break
            gone |= more
        left_out |= {(response, wave, block) for response in gone}
    return [r for r in rows if r[:3] not in left_out], len(left_out)

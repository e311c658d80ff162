#!/usr/bin/env python3
"""Tables for bench/pareto.sh: per clip every point (bytes, RGB SSIM, seconds), which are on the Pareto frontier,
and a summary: Jiffy's bytes at gifski's default SSIM, whether Jiffy's default is dominated, the knob's range, and
which of Jiffy's qualities another of its qualities dominates (none should).

usage: pareto_report.py POINTS.tsv LABEL JIFFY_DEFAULT_Q GIFSKI_DEFAULT_Q
"""
import csv
import math
import sys


def load(path):
    clips = {}
    with open(path, newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if not row["ssim"]:
                continue
            p = dict(tool=row["tool"], setting=row["setting"], bytes=int(row["bytes"]), ssim=float(row["ssim"]),
                     seconds=float(row["seconds"]), frames=int(row["frames"] or 0))
            clips.setdefault(row["clip"], []).append(p)
    return clips


def dominates(a, b):
    """a is at most as big and at least as good as b, and strictly better in one."""
    return a["bytes"] <= b["bytes"] and a["ssim"] >= b["ssim"] and (a["bytes"] < b["bytes"] or a["ssim"] > b["ssim"])


def name(p):
    return f'{p["tool"]} {p["setting"]}'


def bytes_at(points, ssim):
    """Bytes the tool needs to reach `ssim`, interpolated (log bytes linear in SSIM) along its own frontier; None when
    the tool never gets there; a ('<=', bytes) bound when even its smallest point is better."""
    front = sorted((p for p in points if not any(dominates(o, p) for o in points)), key=lambda p: p["ssim"])
    if not front or front[-1]["ssim"] < ssim:
        return None
    if front[0]["ssim"] >= ssim:
        return ("<=", front[0]["bytes"])
    for lo, hi in zip(front, front[1:]):
        if lo["ssim"] <= ssim <= hi["ssim"]:
            t = (ssim - lo["ssim"]) / (hi["ssim"] - lo["ssim"]) if hi["ssim"] > lo["ssim"] else 0.0
            return ("=", math.exp(math.log(lo["bytes"]) + t * (math.log(hi["bytes"]) - math.log(lo["bytes"]))))
    return None


def main():
    path, label, jq, gq = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    clips = load(path)
    print(f"# Quality per byte ({label})\n")
    print("Every tool encodes the same lanczos-scaled PNG frames; SSIM is RGB (gbrp) against them. Seconds are each "
          "encoder's wall time on a shared, busy machine (indicative only; Jiffy's include JVM start-up). "
          "P: on the Pareto frontier of all points (nothing else is both smaller and higher in SSIM).\n")
    summary = []
    for clip, pts in clips.items():
        print(f"## {clip}\n")
        print("| tool | setting | bytes | SSIM | s | GIF frames | P |")
        print("|---|---|--:|--:|--:|--:|:-:|")
        for p in pts:
            front = "P" if not any(dominates(o, p) for o in pts) else ""
            print(f'| {p["tool"]} | {p["setting"]} | {p["bytes"]} | {p["ssim"]:.4f} | {p["seconds"]:.2f} | '
                  f'{p["frames"]} | {front} |')
        print()
        jiffy = {p["setting"]: p for p in pts if p["tool"] == "jiffy"}
        gifski = {p["setting"]: p for p in pts if p["tool"] == "gifski"}
        jdef, gdef = jiffy.get("q" + jq), gifski.get("q" + gq)
        row = dict(clip=clip)
        if gdef:
            at = bytes_at(list(jiffy.values()), gdef["ssim"])
            row["gifski"] = f'{gdef["bytes"]} / {gdef["ssim"]:.4f}'
            if at is None:
                row["at"] = "never reached"
            else:
                row["at"] = ("" if at[0] == "=" else "<= ") + f'{at[1] / gdef["bytes"]:.2f}x'
        if jdef:
            row["default"] = f'{jdef["bytes"]} / {jdef["ssim"]:.4f}'
            by = [name(o) for o in pts if o["tool"] != "jiffy" and dominates(o, jdef)]
            row["dominated"] = ", ".join(by) if by else "no"
            qs = sorted((int(s[1:]) for s in jiffy), reverse=True)
            sizes = [jiffy[f"q{q}"]["bytes"] for q in qs]
            bad = [f"q{a}<q{b}" for a, b, x, y in zip(qs, qs[1:], sizes, sizes[1:]) if y > x]
            row["monotone"] = "yes" if not bad else "no: " + ", ".join(bad)
            if "q50" in jiffy:
                row["q50"] = f'{jiffy["q50"]["bytes"] / jdef["bytes"]:.2f}x'
            beaten = [f"{s} by {', '.join(o for o, q in jiffy.items() if dominates(q, p))}"
                      for s, p in jiffy.items() if any(dominates(q, p) for q in jiffy.values())]
            row["own"] = "; ".join(beaten) if beaten else "none"
            if "q100" in jiffy:
                q100 = jiffy["q100"]
                lower = [s for s, o in jiffy.items() if s != "q100" and dominates(o, q100)]
                row["q100"] = "dominated by " + ",".join(lower) if lower else "not dominated"
        summary.append(row)
    print("## Summary\n")
    print(f"Jiffy's default is quality {jq}, gifski's {gq}. \"Jiffy at gifski's SSIM\": bytes Jiffy needs for gifski's "
          "default SSIM (interpolated along Jiffy's qualities) over gifski's bytes; target 0.75x or less.\n")
    print("| clip | gifski default bytes / SSIM | Jiffy at gifski's SSIM | Jiffy default bytes / SSIM | "
          "default dominated by | bytes fall Q100 to Q30 | Q50 vs default | Q100 | Jiffy qualities dominated by another |")
    print("|---|--:|--:|--:|---|---|--:|---|---|")
    for r in summary:
        print(f'| {r["clip"]} | {r.get("gifski", "-")} | {r.get("at", "-")} | {r.get("default", "-")} | '
              f'{r.get("dominated", "-")} | {r.get("monotone", "-")} | {r.get("q50", "-")} | {r.get("q100", "-")} | '
              f'{r.get("own", "-")} |')


if __name__ == "__main__":
    main()

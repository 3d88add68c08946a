"""The human-readable summary `kinema eval` prints without --json."""

from __future__ import annotations

from typing import Any


def _f(x: Any, digits: int = 3) -> str:
    return "n/a" if x is None else f"{x:.{digits}f}"


def summary_lines(r: dict[str, Any]) -> list[str]:
    v = r["video"]
    lines = [f"{v['path']}: {v['width']}x{v['height']}, {v['fps']:g} fps, {v['frames']} frames "
             f"(measured at {v['analysis_width']}x{v['analysis_height']})"]
    c = r["cuts"]
    if "f1" in c:
        lines.append(f"cuts             {len(c['found'])} found, {len(c['planned'])} planned: precision "
                     f"{_f(c['precision'])}, recall {_f(c['recall'])}, F1 {_f(c['f1'])}")
    else:
        lines.append(f"cuts             {len(c['found'])} found at frames {c['found']}")
    fl, sm, dy = r["flicker"], r["smoothness"], r["dynamics"]
    lines.append(f"flicker          {_f(fl['score'], 4)} (static pixels {_f(fl['static_score'], 4)})")
    lines.append(f"smoothness       {_f(sm['score'], 4)}")
    lines.append(f"dynamic degree   {_f(dy['degree'])} (mean top motion {_f(dy['mean_top_motion_px'], 2)} px)")
    co = r["consistency"]
    if co is not None:
        lines.append(f"consistency      within shot {_f(co['within_shot'])}, across shots "
                     f"{_f(co['across_shots'])}, between members {_f(co['between_entities'])}, "
                     f"same - different {_f(co['same_minus_different'])}")
    for p in r["physics"] or []:
        lines.append(f"physics {p['scene']:<8} g {p['gravity']:g}, fitted {_f(p['fitted_gravity'], 2)}; "
                     f"below ground {_f(p['penetration_share'])} of samples, deepest "
                     f"{_f(p['max_penetration_m'])} m")
    cov = r["coverage"]
    if cov is not None:
        off = [e for e, x in cov["entities"].items() if not x["ok"]]
        bad = [s["id"] for s in cov["shots"] if not s["ok"]]
        lines.append(f"coverage         {'ok' if cov['ok'] else 'NOT ok'}"
                     + (f"; under 1 s on screen: {', '.join(off)}" if off else "")
                     + (f"; subjects out of frame in: {', '.join(bad)}" if bad else ""))
    au = r.get("audio")
    if au is not None:
        if not au["present"]:
            lines.append("audio            none (a silent film)")
        else:
            lines.append(f"audio            {au['codec']} {au['sample_rate']} Hz x{au['channels']}: "
                         f"{_f(au['loudness_lufs'], 1)} LUFS, true peak {_f(au['true_peak_dbtp'], 1)} dBTP")
            on = au.get("onsets")
            if on is not None:
                lines.append(f"audio onsets     {on['matched']} of {on['events']} events within a frame"
                             + (f" (median {_f(on['median_offset_ms'], 1)} ms)" if on["matched"] else ""))
    ft = r.get("footing")
    if ft is not None:
        worst = ", ".join(f"{k} {v:+.1f} px" for k, v in ft["feet_off_ground_worst"].items())
        pairs = ", ".join(f"{k} ({v})" for k, v in ft["overlap_pairs"].items())
        lines.append(f"footing          feet off the drawn ground: worst {ft['feet_off_ground_px_max']:.1f} "
                     f"px, "
                     f"{_f(ft['feet_off_ground_share'])} of grounded frames over 2 px"
                     + (f" ({worst})" if worst else "")
                     + f"; overlaps on one plane in {_f(ft['overlap_frame_share'])} of frames"
                     + (f" ({pairs})" if pairs else ""))
    lines.append(f"evaluated in {r['wall_s']:.1f} s")
    return lines

"""The exported action plan: the sample project with 50 actions, maps included (budget < 3 s).

Builds the sample in a temporary folder, tops its plan up to 50 actions (one per
proposal, then actions at audit points, each with partners, places and a
paragraph of description) and times what ``cosafe export-plan`` does: gather the
content, draw the four maps with the canvas's renderer (offscreen Qt), write the
PDF. Prints the median of several runs of each step and of the whole.
With ``--language xx`` the sample is written and the plan made in that language (Arabic
shaped and mirrored), for comparison with English in the same session.
Usage: python bench/plan_export.py [--actions 50] [--runs 3] [--public] [--paper a4|letter] [--language xx]
       [--keep PLAN.pdf]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cosafe.core.actions import action_from_proposal_edit, new_action_edit  # noqa: E402
from cosafe.core.records import Action, AuditPoint, Proposal, Stakeholder  # noqa: E402
from cosafe.io.plan_report import MAP_DPI, MAP_SIZE_PX, build_plan_content, write_plan_pdf  # noqa: E402
from cosafe.io.samples.project import write_sample_project  # noqa: E402
from cosafe.store.project_store import ProjectStore  # noqa: E402

DESCRIPTION = ("Replace the broken lamps along the lane and add two new ones at the corner by the footbridge, "
               "so that faces can be seen at ten metres after dark; agree a monthly check with the traders' "
               "association and report outages by text message to the ward office.")


def top_up(store: ProjectStore, wanted: int) -> int:
    """Add actions until the project has ``wanted``; returns how many it has."""
    sectors = ("government", "business", "community", "civil_society")
    while store.count(Stakeholder) < 10:
        n = store.count(Stakeholder)
        store.insert(Stakeholder(name=f"Partner organisation {n + 1}", sector=sectors[n % 4], role="Delivers works",
                                 influence=1 + n % 5, interest=1 + (n * 2) % 5))
    partners = [s.uuid for s in store.list(Stakeholder)]
    linked = {a.title for a in store.list(Action)}
    for proposal in store.list(Proposal, with_geometry=False):
        if store.count(Action) >= wanted:
            break
        if proposal.title not in linked:
            action_from_proposal_edit(store, proposal.uuid).apply(store)
    points = store.list(AuditPoint, with_geometry=False)
    k = 0
    while store.count(Action) < wanted:
        action = Action(title=f"Light and repair stretch {k + 1}", description=DESCRIPTION,
                        cpted_principle="natural_surveillance", prevention_approach="situational",
                        responsible_uuid=partners[k % len(partners)], timeframe=("short", "medium", "long")[k % 3],
                        cost_estimate=1500.0 + 250 * k, indicator="Mean safety score at the stretch",
                        target="4 / 5 by the next walk", status="agreed")
        new_action_edit(action, partners[(k + 1) % len(partners):][:2],
                        [("audit_points", points[(k * 3 + j) % len(points)].uuid) for j in range(3)]).apply(store)
        k += 1
    return store.count(Action)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=50)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--public", action="store_true")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4")
    parser.add_argument("--language", default="en", help="the sample's and the plan's language")
    parser.add_argument("--keep", metavar="PLAN.pdf", help="copy the last plan written here, to look at")
    args = parser.parse_args()
    from cosafe.catalogues import speaking

    with speaking(args.language):
        run(args)


def run(args: argparse.Namespace) -> None:
    from PySide6.QtGui import QGuiApplication

    from cosafe.ui.features.plan.maps import render_plan_maps

    application = QGuiApplication.instance() or QGuiApplication(["bench"])  # noqa: F841 - kept alive
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "sample.gpkg")
        write_sample_project(path)
        with ProjectStore.open(path) as store:
            count = top_up(store, args.actions)
        steps: dict[str, list[float]] = {"content": [], "maps": [], "pdf": [], "total": []}
        out = os.path.join(folder, "plan.pdf")
        for _ in range(args.runs):
            start = time.perf_counter()
            with ProjectStore.open(path, read_only=True) as store:
                content = build_plan_content(store, public=args.public)
                gathered = time.perf_counter()
                maps = render_plan_maps(store, *MAP_SIZE_PX, dpi=MAP_DPI, public=args.public)
            drawn = time.perf_counter()
            write_plan_pdf(content, maps, out, paper=args.paper)
            done = time.perf_counter()
            for key, value in (("content", gathered - start), ("maps", drawn - gathered), ("pdf", done - drawn),
                               ("total", done - start)):
                steps[key].append(value)
        if args.keep:
            shutil.copyfile(out, args.keep)
        pages = subprocess.run(["pdfinfo", out], capture_output=True, text=True).stdout
        pages = next((line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")), "?")
        print(f"Plan of the sample in {args.language} with {count} actions, {len(maps)} maps of "
              f"{MAP_SIZE_PX[0]}×{MAP_SIZE_PX[1]} px, {args.paper}{', public' if args.public else ''}: {pages} pages, {os.path.getsize(out) / 1e6:.2f} MB")
        for key, values in steps.items():
            print(f"  {key:<8} median {statistics.median(values) * 1000:7.0f} ms  "
                  f"(runs: {', '.join(f'{v * 1000:.0f}' for v in values)})" + ("  budget < 3000 ms" if key == "total" else ""))


if __name__ == "__main__":
    main()

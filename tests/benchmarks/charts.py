"""Charts benchmark (issue 21 item 1): pyqtgraph against Qt Graphs 2D hosted in a widget, on the
Diary page's chart. Run by hand (pytest does not collect it; it prints figures, never asserts):

    xvfb-run -a uv run python tests/benchmarks/charts.py [--runs N]
    # Qt Graphs lives in PySide6-Addons, which the app no longer installs:
    xvfb-run -a uv run --with pyside6-addons==6.11.3 python tests/benchmarks/charts.py

Qt Graphs 2D exists only as Qt Quick items (``GraphsView``), so in a widget window it is hosted
in a ``QQuickWidget``, which needs OpenGL (or another RHI backend): run it on a display (Xvfb
with Mesa here); the offscreen platform has no GL context and draws nothing.

Every run is a new process (cold: nothing of the chart library imported), one backend per
process, the backends interleaved run after run:

* ``floor``: the same window (a 900x420 QWidget with the chart's text alternative, a QLabel)
  without a chart: what any window costs;
* ``qtcharts``: the same in Qt Charts (the deprecated module the app used before), when
  PySide6-Addons is there: the baseline;
* ``pyqtgraph``: the Diary chart's items (a line, circles for the entries, squares for the doses
  under "none", the five level names on the left, one date per label on the bottom) in a
  ``pg.PlotWidget``;
* ``qtgraphs``: the same series in a ``GraphsView`` (QML) in a ``QQuickWidget``; the points are
  given from Python (``QXYSeries.replace``). Qt Graphs has no category axis for a value series:
  the level names would need a QML label delegate, so this is its least cost.

Measured: time from launch to the chart's first paint (outside: wall clock from just before
``Popen``), the same inside the process from before the chart library is imported (``chart``:
import + build + first paint), peak RSS (``os.wait4``), the time to print the chart into a
PDF (QPdfWriter; pyqtgraph paints its scene with QPainter, vector; Qt Graphs can only give a
grabbed image), and what a screen reader gets from the chart widget (its QAccessible role and
children). Then the frozen-bundle size each adds: the Qt libraries the bindings link (``ldd``
closure beyond QtWidgets'), the QML modules Qt Graphs loads, and pyqtgraph's and numpy's files.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r'''
import json, os, random, sys, time
start = time.perf_counter()
from datetime import datetime, timedelta, timezone
from PySide6.QtCore import QEvent, QObject, QTimer, Qt, QPointF, QUrl, QRectF, QMarginsF
from PySide6.QtGui import QAccessible, QPageSize, QPainter, QPdfWriter, QPageLayout
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

backend, pdf_path = sys.argv[1], sys.argv[2]
app = QApplication(sys.argv[:1])
rng = random.Random(0)
first = datetime(2026, 6, 1, 9, tzinfo=timezone.utc)
entries = [(first + timedelta(days=2 * n, hours=rng.randint(0, 10)), rng.randint(0, 4))
           for n in range(90)]
doses = [first + timedelta(days=7 * n) for n in range(26)]
LEVELS = ["none", "mild", "moderate", "severe", "very severe"]
window = QWidget()
window.resize(900, 420)
layout = QVBoxLayout(window)
text = QLabel("90 entries of Headache, from 1 June to 27 November. Latest severity: mild.")
layout.addWidget(text)
marks = {}
chart_widget = None
chart_start = time.perf_counter()

if backend == "pyqtgraph":
    import pyqtgraph as pg
    plot = pg.PlotWidget(background=None)
    item = plot.getPlotItem()
    xs = [at.timestamp() for at, _ in entries]
    ys = [s for _, s in entries]
    item.plot(xs, ys, pen=pg.mkPen("#1f77b4", width=2))
    item.addItem(pg.ScatterPlotItem(xs, ys, symbol="o", size=8, brush="#1f77b4"))
    item.addItem(pg.ScatterPlotItem([d.timestamp() for d in doses], [-0.45] * len(doses),
                                    symbol="s", size=9, brush="#ff7f0e"))
    item.getAxis("left").setTicks([[(n, name) for n, name in enumerate(LEVELS)]])
    ticks = [first + timedelta(days=36 * n) for n in range(6)]
    item.getAxis("bottom").setTicks([[(t.timestamp(), t.strftime("%-d %b")) for t in ticks]])
    item.setYRange(-0.7, 4.3, padding=0)
    item.setXRange(xs[0] - 86400, xs[-1] + 86400, padding=0)
    item.setMouseEnabled(False, False)
    item.hideButtons()
    item.setMenuEnabled(False)
    chart_widget = plot
    layout.insertWidget(0, plot, 1)
elif backend == "qtcharts":  # the deprecated module the app used before: the baseline
    from PySide6.QtCharts import (QCategoryAxis, QChart, QChartView, QDateTimeAxis,
                                  QLineSeries, QScatterSeries)
    chart = QChart()
    pts = [QPointF(at.timestamp() * 1000, s) for at, s in entries]
    line, dots, squares = QLineSeries(), QScatterSeries(), QScatterSeries()
    line.replace(pts)
    dots.replace(pts)
    squares.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
    squares.replace([QPointF(d.timestamp() * 1000, -0.45) for d in doses])
    time_axis, level_axis = QDateTimeAxis(), QCategoryAxis()
    for n, name in enumerate(LEVELS):
        level_axis.append(name, n)
    level_axis.setRange(-0.7, 4.3)
    chart.addAxis(time_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(level_axis, Qt.AlignmentFlag.AlignLeft)
    for series in (line, dots, squares):
        chart.addSeries(series)
        series.attachAxis(time_axis)
        series.attachAxis(level_axis)
    chart_widget = QChartView(chart)
    layout.insertWidget(0, chart_widget, 1)
elif backend == "qtgraphs":
    from PySide6.QtQuickWidgets import QQuickWidget
    from PySide6.QtGraphs import QXYSeries
    QML = b"""
import QtQuick
import QtGraphs
GraphsView {
  anchors.fill: parent
  theme: GraphsTheme { colorScheme: GraphsTheme.ColorScheme.Light }
  axisX: DateTimeAxis { objectName: "time"; labelFormat: "d MMM" }
  axisY: ValueAxis { min: -0.7; max: 4.3; tickInterval: 1 }
  LineSeries { objectName: "line" }
  ScatterSeries { objectName: "entries" }
  ScatterSeries { objectName: "doses" }
}
"""
    folder = os.path.dirname(pdf_path)
    qml = os.path.join(folder, "chart.qml")
    with open(qml, "wb") as f:
        f.write(QML)
    view = QQuickWidget()
    view.setResizeMode(QQuickWidget.ResizeMode.SizeRootObjectToView)
    view.setSource(QUrl.fromLocalFile(qml))
    root = view.rootObject()
    if root is None:
        print("ERROR", [e.toString() for e in view.errors()])
        sys.exit(1)
    pts = [QPointF(at.timestamp() * 1000, s) for at, s in entries]
    root.findChild(QXYSeries, "line").replace(pts)
    root.findChild(QXYSeries, "entries").replace(pts)
    root.findChild(QXYSeries, "doses").replace([QPointF(d.timestamp() * 1000, -0.45) for d in doses])
    axis = root.findChild(QObject, "time")
    from PySide6.QtCore import QDateTime
    axis.setProperty("min", QDateTime.fromMSecsSinceEpoch(int(pts[0].x()) - 86400000))
    axis.setProperty("max", QDateTime.fromMSecsSinceEpoch(int(pts[-1].x()) + 86400000))
    chart_widget = view
    layout.insertWidget(0, view, 1)


def report():
    painted = time.perf_counter()
    marks["FIRSTPAINT"] = time.time()
    marks["chart_ms"] = (painted - chart_start) * 1000
    marks["process_ms"] = (painted - start) * 1000
    target = chart_widget or text
    iface = QAccessible.queryAccessibleInterface(target)
    marks["a11y"] = f"{iface.role().name}, {iface.childCount()} children" if iface else "none"
    marks["focus"] = target.focusPolicy().name
    began = time.perf_counter()
    writer = QPdfWriter(pdf_path)
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    box = QRectF(0, 0, writer.width(), writer.width() / 2)
    if backend in ("pyqtgraph", "qtcharts"):
        chart_widget.scene().render(painter, box, QRectF(chart_widget.sceneRect()))
    elif backend == "qtgraphs":
        painter.drawImage(box, chart_widget.grabFramebuffer())
    else:
        target.render(painter, target.rect().topLeft())
    painter.end()
    marks["pdf_ms"] = (time.perf_counter() - began) * 1000
    marks["pdf_kib"] = os.path.getsize(pdf_path) / 1024
    print(json.dumps(marks), flush=True)
    app.quit()


class Watch(QObject):
    done = False

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not Watch.done:
            Watch.done = True
            QTimer.singleShot(0, report)  # after this paint has been delivered
        return False


watch = Watch()
painted_widget = (
    chart_widget.viewport() if backend in ("pyqtgraph", "qtcharts") else (chart_widget or text)
)
painted_widget.installEventFilter(watch)
window.show()
QTimer.singleShot(60000, app.quit)
app.exec()
'''

BACKENDS = ("floor", "qtcharts", "pyqtgraph", "qtgraphs")


def run_once(backend: str, folder: Path) -> dict[str, float | str]:
    env = dict(os.environ)  # bytecode written by the warm-up run, as a frozen app has it
    pdf = folder / f"{backend}.pdf"
    launched = time.time()
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, backend, str(pdf)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    out, err = process.communicate(timeout=120)
    lines = [line for line in out.decode().splitlines() if line.startswith("{")]
    if process.returncode != 0 or not lines:
        raise RuntimeError(f"{backend}: exit {process.returncode}\n{err.decode()[-2000:]}")
    marks: dict[str, float | str] = json.loads(lines[-1])
    marks["launch_to_paint_ms"] = (float(marks["FIRSTPAINT"]) - launched) * 1000
    return marks


def peak_rss(backend: str, folder: Path) -> float:
    """MiB, from a run of its own (wait4 needs the child unreaped)."""
    pdf = folder / f"{backend}-rss.pdf"
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, backend, str(pdf)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _pid, _status, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    return usage.ru_maxrss / 1024


def available(backend: str) -> bool:
    """Qt Charts and Qt Graphs are in PySide6-Addons, which the app no longer installs."""
    module = {"qtcharts": "PySide6.QtCharts", "qtgraphs": "PySide6.QtGraphs"}.get(backend)
    if module is None:
        return True
    try:
        __import__(module)
    except ImportError:
        return False
    return True


# --- frozen-bundle size ---------------------------------------------------------------------------


def tree_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def linked_qt(binding: Path) -> set[Path]:
    """The Qt libraries a binding module links (ldd: the whole closure), resolved."""
    out = subprocess.run(["ldd", str(binding)], capture_output=True, text=True).stdout
    found = set()
    for line in out.splitlines():
        parts = line.split("=>")
        if len(parts) == 2 and "libQt6" in parts[0]:
            target = parts[1].split("(")[0].strip()
            if target:
                found.add(Path(target).resolve())
    return found


def mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def bundle_sizes() -> None:
    import PySide6

    qt = Path(PySide6.__file__).parent
    base = set()
    for name in ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg", "QtNetwork", "QtDBus"):
        base |= linked_qt(next(qt.glob(f"{name}.*.so")))
    print("\nFrozen-bundle size beyond what the app already ships (QtWidgets, PrintSupport, Svg…):")
    for label, bindings, qml in (
        ("Qt Charts (before)", ("QtCharts",), ()),
        (
            "Qt Graphs 2D in a QQuickWidget",
            ("QtGraphs", "QtQuickWidgets", "QtQuick", "QtQml"),
            ("QtGraphs", "QtQuick", "QtQml"),
        ),
    ):
        files = [p for name in bindings for p in qt.glob(f"{name}.*.so")]
        if not files:
            print(f"  {label}: not installed")
            continue
        libs = set().union(*(linked_qt(p) for p in files)) - base
        size = sum(tree_size(p) for p in files) + sum(p.stat().st_size for p in libs)
        size += sum(tree_size(qt / "Qt" / "qml" / name) for name in qml)
        names = ", ".join(sorted(p.name.split(".so")[0].removeprefix("lib") for p in libs))
        print(f"  {label}: {mib(size)} (bindings, QML modules {', '.join(qml) or 'none'}; {names})")
    import numpy
    import pyqtgraph

    py = Path(pyqtgraph.__file__).parent
    np_dir = Path(numpy.__file__).parent
    np_libs = np_dir.parent / "numpy.libs"
    np_size = tree_size(np_dir) + (tree_size(np_libs) if np_libs.exists() else 0)
    print(
        f"  pyqtgraph: {mib(tree_size(py))} of Python, numpy {mib(np_size)}"
        " (no Qt library beyond QtWidgets)"
    )
    site = qt.parent
    for dist in ("pyside6_essentials", "pyside6_addons"):
        info = next(site.glob(f"{dist}-*.dist-info"), None)
        if info is None:
            print(f"  {dist}: not installed")
            continue
        record = (info / "RECORD").read_text().splitlines()
        total = 0
        for row in record:
            path = site / row.split(",")[0]
            if path.is_file():
                total += path.stat().st_size
        dist_name, version = info.name.removesuffix(".dist-info").split("-")[:2]
        print(f"  installed wheel {dist_name} {version}: {mib(total)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    backends = [b for b in BACKENDS if available(b)]
    if len(backends) < len(BACKENDS):
        print("Qt Charts / Qt Graphs are not installed (PySide6-Addons): see the docstring.")
    results: dict[str, list[dict[str, float | str]]] = {b: [] for b in backends}
    rss: dict[str, list[float]] = {b: [] for b in backends}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for backend in backends:  # warm the file cache: the first launch reads every library
            run_once(backend, folder)
        for _ in range(args.runs):
            for backend in backends:
                results[backend].append(run_once(backend, folder))
                rss[backend].append(peak_rss(backend, folder))
    print(
        f"\nMedians of {args.runs} cold processes each (platform: "
        f"{os.environ.get('QT_QPA_PLATFORM') or 'display ' + os.environ.get('DISPLAY', '?')}):"
    )
    header = ("backend", "launch→paint", "chart (import+paint)", "peak RSS", "PDF", "PDF size")
    print("  " + " | ".join(header))

    def med(backend: str, key: str) -> float:
        return statistics.median(float(r[key]) for r in results[backend])

    for backend in backends:
        print(
            f"  {backend} | {med(backend, 'launch_to_paint_ms'):.0f} ms"
            f" | {med(backend, 'chart_ms'):.0f} ms"
            f" | {statistics.median(rss[backend]):.0f} MiB"
            f" | {med(backend, 'pdf_ms'):.0f} ms | {med(backend, 'pdf_kib'):.0f} KiB"
        )
    print("\nWhat a screen reader gets from the chart widget (role, children) and its focus:")
    for backend in backends:
        last = results[backend][-1]
        print(f"  {backend}: {last['a11y']}; focus policy {last['focus']}")
    bundle_sizes()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Figure construction."""
from __future__ import annotations

from bokeh.models import BoxAnnotation, ColumnDataSource, DatetimeTickFormatter, HoverTool, Range1d
from bokeh.plotting import figure

METRIC_LABELS = {
    "latency_p95": "p95 latency (s)",
    "error_rate": "5xx ratio",
    "rps": "requests / s",
    "cpu": "CPU cores",
}


def make_timeseries(source: ColumnDataSource, metric: str, title: str):
    p = figure(
        title=title,
        x_axis_type="datetime",
        height=320,
        sizing_mode="stretch_width",
        tools="xpan,xwheel_zoom,box_select,reset,save",
        active_drag="box_select",
    )
    p.line("ts", metric, source=source, line_width=2, name="series")
    p.scatter("ts", metric, source=source, size=3, alpha=0.4, selection_color="firebrick")
    p.yaxis.axis_label = METRIC_LABELS.get(metric, metric)
    p.xaxis.formatter = DatetimeTickFormatter(hours="%H:%M", minutes="%H:%M")
    p.add_tools(HoverTool(tooltips=[("time", "@ts{%F %T}"), (metric, f"@{metric}{{0.000}}")], formatters={"@ts": "datetime"}))
    return p


def highlight_window(fig, start, end) -> BoxAnnotation:
    box = BoxAnnotation(left=start, right=end, fill_alpha=0.1, fill_color="orange")
    fig.add_layout(box)
    return box


def rescale(fig, series) -> None:
    lo, hi = float(series.min()), float(series.max())
    pad = (hi - lo) * 0.1 or 1.0
    fig.y_range = Range1d(lo - pad, hi + pad)

"""Chart specs -> PNG bytes (matplotlib, Agg), plus the render cache.

Nothing here imports matplotlib at module level: `import commands` (and the idle bot) must not pay
for it. `render_png` imports it on first use and always runs off the event loop (`render_async`): in
one worker process by default, so the loop never stalls on an import or a draw and the bot process
never holds matplotlib; in a thread as a fallback. Renders are serialised by a lock (matplotlib's
global state — font cache, rcParams — is not thread-safe).

A spec is plain data: everything drawn (labels already formatted in the user's language) is in it,
so the renderer makes no decision about figures, and identical specs give identical PNGs.

Palette: a light neutral card (#F4F5F7) with near-black text, readable both inside Discord's dark
theme and Element's light theme; the bar colours are from the Okabe–Ito colour-blind-safe set.
"""

from __future__ import annotations

import asyncio
import io
import textwrap
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

WIDTH, HEIGHT = 1000, 667  # pixels (3:2); chat clients show it ~400 px wide, so fonts are large
FOOTNOTE_MAX_LINES = 7  # a longer footnote is cut with "…" (the reply text has it all)
DESIGN_WIDTH_IN = 12.0  # the layout (font sizes in points) is designed on a 12-inch-wide figure

BACKGROUND = "#F4F5F7"
TEXT = "#16191D"
MUTED = "#4A5058"
ACCENT = "#0072B2"  # reported bars (single company)
GUIDANCE = "#D55E00"  # guidance ranges
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442")


@dataclass(frozen=True)
class Bar:
    """One bar. Values in US dollars; `text` is the label drawn on it, already localised.

    A guidance bar has `low`/`high` (a range; `high` None = "at least low") or a `value` (a point).
    `value` None and not guidance = no figure for that slot (drawn as "n/a").
    """

    label: str
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    guidance: bool = False
    group: int = 0  # x position (columns, grouped) or row (ranking)
    series: int = 0  # colour / legend entry in grouped charts


@dataclass(frozen=True)
class ChartSpec:
    kind: Literal["columns", "ranking", "grouped"]
    title: str
    subtitle: str
    footnote: str
    bars: tuple[Bar, ...]
    groups: tuple[str, ...] = ()  # x tick labels (columns, grouped)
    series: tuple[str, ...] = ()  # legend names (grouped)
    legend_reported: str = "reported"
    legend_guidance: str = "guidance"
    missing_text: str = "n/a"
    width: int = WIDTH
    height: int = HEIGHT


# --------------------------------------------------------------------------------------------------
# Rendering (worker thread only)

_render_lock = threading.Lock()
_configured: list[bool] = []


def render_png(spec: ChartSpec) -> bytes:
    """Draw `spec` and return PNG bytes. Imports matplotlib on first use; blocking — call off-loop."""
    with _render_lock:
        import matplotlib
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        if not _configured:
            matplotlib.rcParams.update(_RC)  # this process draws nothing else with matplotlib
            _configured.append(True)
        dpi = spec.width / DESIGN_WIDTH_IN  # any pixel size keeps the same proportions
        fig = Figure(figsize=(DESIGN_WIDTH_IN, spec.height / dpi), dpi=dpi, facecolor=BACKGROUND)
        FigureCanvasAgg(fig)
        top = _header(fig, spec)
        bottom = _footer(fig, spec)
        if spec.kind == "ranking":
            ax = fig.add_axes((0.30, bottom + 0.02, 0.60, top - bottom - 0.04))
            _draw_ranking(ax, spec)
        else:
            legend_room = 0.07
            ax = fig.add_axes((0.04, bottom + 0.09, 0.92, top - bottom - 0.11 - legend_room))
            if spec.kind == "columns":
                _draw_columns(ax, spec)
            else:
                _draw_grouped(ax, spec)
        buf = io.BytesIO()
        # compress_level 1: ~10 ms faster than the default for a few % more bytes (~150 kB)
        fig.savefig(buf, format="png", dpi=dpi, facecolor=BACKGROUND, pil_kwargs={"compress_level": 1})
        return buf.getvalue()


# "$" is in every label ($39.23B, 39,23 Md$): a pair must never start mathtext. No hinting: ~30 ms faster.
_RC = {
    "text.parse_math": False,
    "font.family": "DejaVu Sans",
    "hatch.linewidth": 1.5,
    "text.hinting": "no_hinting",
}


def _wrap(text: str, width_chars: int, max_lines: int) -> str:
    lines: list[str] = []
    for para in text.splitlines() or [""]:
        lines.extend(textwrap.wrap(para, width_chars) or [""])
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: max(0, width_chars - 1)].rstrip() + "…"
    return "\n".join(lines)


def _header(fig: Any, spec: ChartSpec) -> float:
    """Title and subtitle at the top-left; returns the figure y where the plot area may start."""
    size = 28.0 if len(spec.title) <= 44 else max(22.0, 28.0 * 44 / len(spec.title))
    title = _wrap(spec.title, int(44 * 28 / size), 2)
    fig.text(0.03, 0.975, title, ha="left", va="top", fontsize=size, fontweight="bold", color=TEXT)
    n_title = title.count("\n") + 1
    y = 0.975 - 0.052 * n_title - 0.012
    subtitle = _wrap(spec.subtitle, 92, 5)
    if subtitle:
        fig.text(0.03, y, subtitle, ha="left", va="top", fontsize=17, color=MUTED, linespacing=1.25)
        y -= 0.034 * (subtitle.count("\n") + 1) + 0.01
    return y


def _footer(fig: Any, spec: ChartSpec) -> float:
    """Sources, "as of" and notes at the bottom-left, wrapped (French runs ~15 % longer than
    English); returns the figure y above it, so the plot never overlaps a long footnote."""
    foot = _wrap(spec.footnote, 118, FOOTNOTE_MAX_LINES)
    n = foot.count("\n") + 1
    fig.text(0.03, 0.02, foot, ha="left", va="bottom", fontsize=13, color=MUTED, linespacing=1.25)
    return 0.02 + 0.027 * n + 0.01


def _style_axes(ax: Any, horizontal: bool = False) -> None:
    ax.set_facecolor(BACKGROUND)
    for side in ("top", "right", "left") if not horizontal else ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    base = ax.spines["left" if horizontal else "bottom"]
    base.set_color(MUTED)
    base.set_linewidth(1.5)
    if horizontal:
        ax.xaxis.set_visible(False)
        ax.tick_params(axis="y", length=0, labelsize=18, colors=TEXT, pad=8)
    else:
        ax.yaxis.set_visible(False)
        ax.tick_params(axis="x", length=0, labelsize=16, colors=TEXT, pad=6)


def _top_of(bar: Bar) -> float:
    return max(v for v in (bar.value, bar.low, bar.high, 0.0) if v is not None)


def _guidance_patch(ax: Any, x: float, width: float, bar: Bar, color: str) -> None:
    """A guidance range: faint bar to the low end, a hatched band from low to high."""
    if bar.low is not None:
        ax.bar(x, bar.low, width, color=color, alpha=0.18, edgecolor=color, linewidth=1.5, linestyle="--")
        if bar.high is not None:
            ax.bar(
                x,
                bar.high - bar.low,
                width,
                bottom=bar.low,
                color=color,
                alpha=0.55,
                edgecolor=color,
                hatch="//",
                linewidth=1.5,
            )
        else:
            ax.annotate(
                "",
                xy=(x, bar.low * 1.08),
                xytext=(x, bar.low),
                arrowprops={"arrowstyle": "-|>", "color": color, "lw": 2.5},
            )
    elif bar.value is not None:
        ax.bar(x, bar.value, width, color=color, alpha=0.30, edgecolor=color, linewidth=2, linestyle="--")


def _draw_columns(ax: Any, spec: ChartSpec) -> None:
    _style_axes(ax)
    n = max(len(spec.groups), 1)
    ymax = max([_top_of(b) for b in spec.bars] + [1.0])
    vertical = n > 8
    fontsize = 17 if n <= 6 else 15 if n <= 8 else 13
    for bar in spec.bars:
        x = bar.group
        if bar.guidance:
            _guidance_patch(ax, x, 0.72, bar, GUIDANCE)
        elif bar.value is not None:
            ax.bar(x, bar.value, 0.72, color=ACCENT)
        top = _top_of(bar)
        text = bar.text if (bar.value is not None or bar.guidance) else spec.missing_text
        color = GUIDANCE if bar.guidance else (TEXT if bar.value is not None else MUTED)
        ax.text(
            x,
            top + ymax * 0.015,
            text,
            ha="center",
            va="bottom",
            fontsize=fontsize,
            color=color,
            fontweight="bold",
            rotation=90 if vertical else 0,
            linespacing=1.1,
        )
    ax.set_xticks(range(n))
    ax.set_xticklabels(spec.groups, fontsize=16 if n <= 12 else 14)
    slots = max(n, 4)  # one or two bars stay bar-shaped, centred
    ax.set_xlim((n - 1) / 2 - slots / 2 - 0.1, (n - 1) / 2 + slots / 2 + 0.1)
    ax.set_ylim(0, ymax * (1.42 if vertical else 1.16))
    handles = [_patch(ACCENT, 1.0, spec.legend_reported)]
    if any(b.guidance for b in spec.bars):
        handles.append(_patch(GUIDANCE, 0.55, spec.legend_guidance, hatch="//"))
    _legend(ax, handles, len(handles))


def _draw_grouped(ax: Any, spec: ChartSpec) -> None:
    _style_axes(ax)
    n_groups = max(len(spec.groups), 1)
    n_series = max(len(spec.series), 1)
    width = 0.84 / n_series
    ymax = max([_top_of(b) for b in spec.bars] + [1.0])
    # every bar is labelled (rotated); many bars get a smaller font rather than no label
    crowded = n_groups * n_series > 12
    fontsize = 11 if n_groups * n_series > 24 else 12 if crowded else 14
    for bar in spec.bars:
        x = bar.group - 0.42 + width * (bar.series + 0.5)
        color = PALETTE[bar.series % len(PALETTE)]
        if bar.guidance:
            _guidance_patch(ax, x, width * 0.92, bar, color)
        elif bar.value is not None:
            ax.bar(x, bar.value, width * 0.92, color=color)
        else:
            continue
        ax.text(
            x,
            _top_of(bar) + ymax * 0.012,
            bar.text,
            ha="center",
            va="bottom",
            fontsize=fontsize,
            color=TEXT,
            rotation=90,
        )
    ax.set_xticks(range(n_groups))
    ax.set_xticklabels(spec.groups)
    ax.set_xlim(-0.55, n_groups - 0.45)
    ax.set_ylim(0, ymax * 1.45)
    handles = [_patch(PALETTE[i % len(PALETTE)], 1.0, name) for i, name in enumerate(spec.series)]
    if any(b.guidance for b in spec.bars):
        handles.append(_patch(MUTED, 0.45, spec.legend_guidance, hatch="//"))
    _legend(ax, handles, len(handles) if len(handles) <= 5 else (len(handles) + 1) // 2)


def _draw_ranking(ax: Any, spec: ChartSpec) -> None:
    _style_axes(ax, horizontal=True)
    bars = sorted(spec.bars, key=lambda b: b.group)
    n = max(len(bars), 1)
    xmax = max([_top_of(b) for b in bars] + [1.0])
    fontsize = 17 if n <= 8 else 14
    for bar in bars:
        y = n - 1 - bar.group
        if bar.value is not None:
            ax.barh(y, bar.value, 0.72, color=PALETTE[0] if bar.group else "#005A8C")
        ax.text(
            (bar.value or 0) + xmax * 0.015,
            y,
            bar.text if bar.value is not None else spec.missing_text,
            ha="left",
            va="center",
            fontsize=fontsize,
            color=TEXT,
        )
    ax.set_yticks([n - 1 - b.group for b in bars])
    ax.set_yticklabels([b.label for b in bars], fontsize=18 if n <= 8 else 15)
    ax.set_ylim(-0.6, n - 0.4)
    ax.set_xlim(0, xmax * 1.5)


def _patch(color: str, alpha: float, label: str, hatch: str | None = None) -> Any:
    from matplotlib.patches import Patch

    return Patch(facecolor=color, alpha=alpha, edgecolor=color, hatch=hatch, label=label)


def _legend(ax: Any, handles: list[Any], ncol: int) -> None:
    leg = ax.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0.0, 1.0),
        ncol=ncol,
        frameon=False,
        fontsize=16,
        handlelength=1.4,
        borderaxespad=0.2,
        columnspacing=1.2,
    )
    for text in leg.get_texts():
        text.set_color(TEXT)


# --------------------------------------------------------------------------------------------------
# Where renders run: one worker process (default) or a thread (fallback)
#
# A thread keeps the event loop responsive only between matplotlib's C calls, which hold the GIL:
# measured loop stalls of up to ~55 ms per chart. A separate process never stalls the loop, keeps
# matplotlib's ~50 MB out of the bot process, and a crash in native drawing code cannot take the bot
# down (the pool is rebuilt; if processes cannot be started at all, renders fall back to a thread).

RENDERER: Literal["process", "thread"] = "process"
_pool: Any = None
_pool_lock = threading.Lock()
_atexit_registered: list[bool] = []


def _executor() -> Any:
    global _pool
    with _pool_lock:
        if _pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # spawn, not fork: forking a process that runs an event loop and threads is unsafe
            _pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            if not _atexit_registered:
                import atexit

                atexit.register(shutdown_renderer)  # before module teardown, not during it
                _atexit_registered.append(True)
        return _pool


def shutdown_renderer() -> None:
    """Stop the render process (also happens at interpreter exit)."""
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


def renderer_pids() -> list[int]:
    """PIDs of the render worker processes (for the benchmark's memory figures)."""
    pool = _pool
    return list(getattr(pool, "_processes", None) or {}) if pool is not None else []


async def run_in_renderer(fn: Callable[..., Any], *args: Any) -> Any:
    """Run a picklable `fn(*args)` where charts are drawn (worker process, or a thread)."""
    if RENDERER == "thread":
        return await asyncio.to_thread(fn, *args)
    from concurrent.futures.process import BrokenProcessPool

    loop = asyncio.get_running_loop()
    for attempt in range(2):
        try:
            return await loop.run_in_executor(_executor(), fn, *args)
        except BrokenProcessPool:
            global _pool
            with _pool_lock:
                _pool = None  # the worker died (or never started): rebuild once, then use a thread
            if attempt:
                break
        except (OSError, RuntimeError):  # no processes on this platform/sandbox, or shutting down
            break
    return await asyncio.to_thread(fn, *args)


async def render_async(spec: ChartSpec) -> bytes:
    """Render off the event loop so heartbeats and other replies keep flowing."""
    return await run_in_renderer(render_png, spec)

"""Reply -> Matrix content: notices, reply relation, escaped HTML, nobody pinged."""

from __future__ import annotations

from matrix_png import tiny_png

from bot.platforms.matrix.render import WORD_JOINER, image_content, png_size, render_content
from commands.types import Reply


def _reply(**kw) -> Reply:
    base = dict(
        title="Meta <b>capex</b>",
        text="Meta <b>capex</b>\nFY2024: $39.23B @room",
        table=(("Period", "Capex"), (("FY2024", "$39.23B"), ("<script>", "@room"))),
        fields=(("Sources", "10-K <2025>\n@everyone"),),
        links=(
            ("10-K", "https://www.sec.gov/x?a=1&b=2"),
            ("pill", "https://matrix.to/#/@a:b"),
            ("js", "javascript:x"),
        ),
        footer="see <Sources>",
    )
    base.update(kw)
    return Reply(**base)


def test_notice_in_reply_with_empty_mentions():
    c = render_content(_reply(), in_reply_to="$ev")
    assert c["msgtype"] == "m.notice"
    assert c["m.mentions"] == {}
    assert c["m.relates_to"] == {"m.in_reply_to": {"event_id": "$ev"}}
    assert c["format"] == "org.matrix.custom.html"
    assert "m.relates_to" not in render_content(_reply())


def test_html_is_escaped_and_links_are_safe():
    html = render_content(_reply())["formatted_body"]
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>capex</b>" not in html and "Meta &lt;b&gt;capex&lt;/b&gt;" in html
    assert "<table>" in html and "<td>$39.23B</td>" in html
    assert 'href="https://www.sec.gov/x?a=1&amp;b=2"' in html
    assert "matrix.to" not in html and "javascript:" not in html
    assert "10-K &lt;2025&gt;" in html


def test_room_ping_is_defused_in_body_and_html():
    c = render_content(_reply())
    assert "@room" not in c["body"] and f"@{WORD_JOINER}room" in c["body"]
    assert "@room" not in c["formatted_body"]
    assert "FY2024: $39.23B" in c["body"]


def test_plain_reply_without_structure_uses_text():
    c = render_content(
        Reply(
            title="Unknown company",
            text="Unknown company\nDid you mean Microsoft?",
            ok=False,
            severity="error",
        )
    )
    assert "Did you mean Microsoft?" in c["body"]
    assert "Did you mean Microsoft?" in c["formatted_body"]
    assert c["formatted_body"].count("Unknown company") == 1


def test_image_content_has_size_and_no_mentions():
    png = tiny_png(7, 3)
    assert png_size(png) == (7, 3)
    assert png_size(b"GIF89a") is None
    c = image_content("mxc://s/abc", png, "chart.png", caption="Meta capex @room", in_reply_to="$e")
    assert c["msgtype"] == "m.image" and c["url"] == "mxc://s/abc"
    assert c["info"] == {"mimetype": "image/png", "size": len(png), "w": 7, "h": 3}
    assert c["m.mentions"] == {} and "@room" not in c["body"]
    assert c["m.relates_to"]["m.in_reply_to"]["event_id"] == "$e"

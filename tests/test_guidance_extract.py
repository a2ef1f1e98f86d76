"""The release-sentence guidance extractor: precision first, periods on the company's calendar."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from cli_process import capexbot

from storage.sources.guidance_extract import extract_guidance

DATA = Path(__file__).parent / "data"
B = 10**9


def one(text: str, filed: str, fye: str = "12-31"):
    found = [g for g in extract_guidance(text, date.fromisoformat(filed), fye) if g.numeric]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("name", ["release_sentences.jsonl", "release_sentences_heldout.jsonl"])
def test_no_wrong_number_on_either_labelled_set(name):
    """Every numeric outlook the extractor gives is one a careful reader labelled (precision 1.00)."""
    wrong = []
    for line in (DATA / name).read_text().splitlines():
        row = json.loads(line)
        fye = {"microsoft": "06-30", "oracle": "05-31"}.get(row["company"], "12-31")
        gold = {
            (
                g["period"].replace("-FY", "-") if g["period"] else None,
                g["low_usd"],
                g["high_usd"],
                g["value_usd"],
            )
            for g in row["capex_guidance"]
        }
        for g in extract_guidance(row["text"], date.fromisoformat(row["filed"]), fye):
            if g.numeric and (g.period, g.low_usd, g.high_usd, g.value_usd) not in gold:
                wrong.append((row["id"], g))
    assert wrong == []


def test_range_with_stated_prior_outlook_is_a_raise():
    g = one(
        "We anticipate 2025 capital expenditures, including principal payments on finance leases, to be in "
        "the range of $64–72 billion, increased from our prior outlook of $60-65 billion.",
        "2025-04-30",
    )
    assert (g.period, g.low_usd, g.high_usd, g.qualifier) == ("FY2025", 64 * B, 72 * B, "range")
    assert (g.revision, g.prev_low_usd, g.prev_high_usd) == ("raised", 60 * B, 65 * B)
    assert g.includes == "principal payments on finance leases"


def test_period_follows_the_fiscal_calendar():
    # No year named: the fiscal year the filing date falls in (Oracle's FY2026 starts 1 June 2025).
    g = one("We expect capital expenditures of about $35 billion for the full year.", "2025-09-09", "05-31")
    assert (g.period, g.value_usd, g.qualifier) == ("FY2026", 35 * B, "approximately")
    assert one("We expect capex of at least $9 billion next year.", "2025-10-29").period == "FY2026"
    # "next year" counts from the year the release reports: Oracle's June release closes FY2025,
    # so its "next fiscal year" is FY2026 although FY2026 began on 1 June; Meta's January release
    # closes 2025, so "next year" there is 2026.
    oracle = "We expect capital expenditures next fiscal year to be more than $25 billion."
    assert one(oracle, "2025-06-11", "05-31").period == "FY2026"
    assert one("We expect capex of at least $9 billion next year.", "2026-01-28").period == "FY2026"
    # A calendar year is named as such; a bare year is the company's fiscal year (Apple, Micron).
    assert (
        one("For calendar year 2026, we expect capital expenditures of roughly $150 billion.", "2026-01-28", "06-30").period
        == "CY2026"
    )
    assert one("We expect capital expenditures of about $18 billion in 2026.", "2025-12-17", "08-31").period == "FY2026"
    assert (
        one("We expect FY27 capital expenditures to be more than $100 billion.", "2026-07-29", "06-30").period
        == "FY2027"
    )


@pytest.mark.parametrize(
    "text",
    [
        "We expect 2025 total expenses to be in the range of $114-119 billion.",  # another metric
        "Capital expenditures were $19.37 billion for the third quarter of 2025.",  # past spending
        "These statements include our plans to make capital expenditures of $5 billion.",  # safe harbour
        "We expect capex in 2025 and 2026 to be $40 billion.",  # which year? refuse
        "We expect capital expenditures to be $10 billion higher than last year.",  # a change, not a level
        "We expect capital expenditures and revenue of $30 billion and $50 billion.",  # two amounts
        "Capital expenditures were $17.2 billion, in line with our outlook.",  # past, despite 'outlook'
        "We expect capital expenditures in the fourth quarter to be about $20 billion.",  # which quarter?
        "We plan to invest $100 billion in capital expenditures over the next four years.",  # several years
    ],
)
def test_refuses_what_it_cannot_read_for_sure(text):
    assert [g for g in extract_guidance(text, date(2025, 1, 29)) if g.numeric] == []


def test_direction_only_outlook_has_no_number():
    (g,) = extract_guidance(
        "We currently expect capital expenditures dollar growth will be notably larger in 2026 than 2025.",
        date(2025, 10, 29),
    )
    assert (g.qualifier, g.period, g.value_usd, g.low_usd) == ("direction-only", "FY2026", None, None)


def test_stated_difference_from_prior_outlook():
    g = one(
        "We now expect fiscal 2026 capital expenditures to be about $5 billion more than our previous forecast of $20 billion.",
        "2025-12-10",
        "05-31",
    )
    assert (g.period, g.value_usd, g.revision, g.prev_low_usd) == ("FY2026", 25 * B, "raised", 20 * B)


def test_cli_parse_reads_jsonl_and_reports_bad_lines(tmp_path):
    lines = [
        {"id": "x1", "company": "meta", "filed": "2026-01-28",
         "text": "We anticipate 2026 capital expenditures to be in the range of $115-135 billion."},
        {"id": "x2", "company": "microsoft", "filed": "2026-01-28", "text": "Revenue grew 17%."},
        # the line's company is read: this is Alphabet's outlook in an article about Amazon
        {"id": "x3", "company": "amazon", "filed": "2026-02-06",
         "text": "Alphabet this week projected capital expenditures of $175 billion to $185 billion in 2026."},
    ]  # fmt: skip
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\n{broken\n")
    proc = capexbot("guidance", "parse", "--jsonl", str(src), cwd=tmp_path)
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert out[0]["id"] == "x1" and out[1] == {"id": "x2", "guidance": []} and out[2] == {"id": "x3", "guidance": []}
    assert set(out[0]["guidance"][0]) == {
        "period", "low_usd", "high_usd", "value_usd", "qualifier", "includes", "revision", "prev_low_usd", "prev_high_usd"
    }  # fmt: skip
    assert out[0]["guidance"][0]["low_usd"] == 115 * B and out[0]["guidance"][0]["period"] == "FY2026"
    assert (
        proc.returncode == 1 and "line 4 skipped: not JSON" in proc.stderr and "Traceback" not in proc.stderr
    )
    assert not list(tmp_path.glob("*.sqlite3"))  # the extractor alone: no database touched
    piped = capexbot("guidance", "parse", "--jsonl", "-", cwd=tmp_path, stdin=json.dumps(lines[0]) + "\n")
    assert piped.returncode == 0 and json.loads(piped.stdout)["guidance"] == out[0]["guidance"]


def test_last_years_spending_is_not_a_previous_outlook():
    g = one(
        "We expect 2026 capital expenditures to be approximately $16 billion, up from $15 billion in 2025.",
        "2026-02-01",
    )
    assert (g.period, g.value_usd, g.revision, g.prev_low_usd) == ("FY2026", 16 * B, "", None)


def test_stated_level_beside_a_stated_change_reads_the_level():
    # "$30-37 billion, raised by $2 billion at the high end": the change is not a second level
    g = one(
        "We anticipate our full-year 2024 capital expenditures will be in the range of $30-37 billion, "
        "raised by $2 billion at the high end of our prior range.",
        "2024-02-01",
    )
    assert (g.low_usd, g.high_usd, g.revision) == (30 * B, 37 * B, "raised")
    assert (g.prev_low_usd, g.prev_high_usd) == (30 * B, 35 * B)


def test_present_progressive_increase_is_an_outlook():
    g = one(
        "We are increasing our investment in capital expenditures in 2025 to approximately $85 billion, "
        "up from our previous estimate of $75 billion.",
        "2025-07-23",
    )
    assert (g.period, g.value_usd, g.qualifier, g.revision) == ("FY2025", 85 * B, "approximately", "raised")
    # past tense stays past spending
    assert [x for x in extract_guidance(
        "We increased capital expenditures to $85 billion in 2025.", date(2026, 2, 4), "12-31"
    ) if x.numeric] == []


def test_one_outlook_per_year_when_a_sentence_names_several():
    found = extract_guidance(
        "We currently expect our capital expenditures to exceed $10.00 billion in 2024 and be between "
        "$8.00 to $10.00 billion in each of the following two fiscal years.",
        date(2024, 1, 29),
    )
    got = [(g.period, g.value_usd, g.low_usd, g.high_usd, g.qualifier) for g in found]
    assert got == [
        ("FY2024", 10 * B, None, None, "more than"),
        ("FY2025", None, 8 * B, 10 * B, "range"),
        ("FY2026", None, 8 * B, 10 * B, "range"),
    ]
    two = extract_guidance(
        "We expect capital expenditures to be approximately $40 billion in 2025 and $45-50 billion in 2026.",
        date(2025, 2, 1),
    )
    assert [(g.period, g.value_usd, g.low_usd) for g in two] == [("FY2025", 40 * B, None), ("FY2026", None, 45 * B)]
    mixed = extract_guidance(
        "We expect capital expenditures to be $9 billion in 2025 and revenue of $30 billion in 2026.",
        date(2025, 2, 1),
    )
    assert [(g.period, g.value_usd) for g in mixed] == [("FY2025", 9 * B)]  # the revenue half is not capex


def test_revision_stated_in_words():
    oracle = one(
        "We now expect fiscal year 2026 capital expenditures to be approximately $50 billion, "
        "an increase from our prior estimate of $35 billion.",
        "2025-12-10",
        "05-31",
    )
    assert (oracle.value_usd, oracle.revision, oracle.prev_low_usd, oracle.prev_high_usd) == (
        50 * B, "raised", 35 * B, 35 * B,
    )  # fmt: skip
    raising = one(
        "We are raising our fiscal year 2026 capital expenditure expectation to approximately $35 billion.",
        "2025-09-09",
        "05-31",
    )
    assert (raising.value_usd, raising.revision, raising.prev_low_usd) == (35 * B, "raised", None)
    cut = one("We are lowering our 2025 capital expenditures outlook to $12-14 billion.", "2025-11-10")
    assert (cut.low_usd, cut.revision) == (12 * B, "lowered")


def test_quarter_named_without_its_year_is_the_next_one_of_that_number():
    # Alphabet's February release reports Q4 2024: its "first-quarter" is Q1 2025
    g = one("We expect first-quarter capital expenditures to be in the range of $16 billion to $18 billion.", "2025-02-04")
    assert (g.period, g.low_usd, g.high_usd) == ("Q1-2025", 16 * B, 18 * B)
    # Microsoft's July release closes fiscal 2025: its "first quarter" is Q1 of fiscal 2026
    msft = extract_guidance(
        "We expect capital expenditures to be over $30 billion in the first quarter, and for the full fiscal "
        "year we expect the growth rate of capital expenditures to be lower than in FY25.",
        date(2025, 7, 30),
        "06-30",
    )
    assert [(g.period, g.value_usd, g.qualifier) for g in msft if g.numeric] == [("Q1-2026", 30 * B, "more than")]


def test_each_clause_of_a_two_outlook_sentence_is_read_alone():
    found = extract_guidance(
        "For the full year 2025, we expect capital expenditures to be in the range of $20 billion to $23 billion, "
        "and for the second quarter we expect capex of $3.0 billion to $3.5 billion.",
        date(2025, 5, 14),
    )
    assert [(g.period, g.low_usd, g.high_usd) for g in found] == [
        ("FY2025", 20 * B, 23 * B),
        ("Q2-2025", 3 * B, int(3.5 * B)),
    ]
    amazon = extract_guidance(
        "We expect to spend approximately $75 billion in CapEx in 2024, and I suspect we'll spend more than that in 2025.",
        date(2024, 10, 31),
    )
    assert [(g.period, g.value_usd) for g in amazon if g.numeric] == [("FY2024", 75 * B)]


def test_a_breakdown_after_including_is_not_a_second_total():
    g = one(
        "We anticipate capital expenditures of approximately $12.0 billion during 2015, including approximately "
        "$10.5 billion for product tooling and approximately $1.5 billion for data centers.",
        "2014-10-27",
    )
    assert (g.period, g.value_usd) == ("FY2015", 12 * B)


def test_a_quarterly_level_is_not_the_years_outlook():
    text = (
        "Looking ahead, we continue to expect quarterly CapEx throughout the year to be roughly at or above "
        "the Q1 level of $12 billion."
    )
    got = [(g.period, g.value_usd, g.qualifier) for g in extract_guidance(text, date(2024, 4, 25)) if g.numeric]
    # each quarter still ahead gets the level; no FY2024 total is made up from it
    assert got == [("Q2-2024", 12 * B, "at least"), ("Q3-2024", 12 * B, "at least"), ("Q4-2024", 12 * B, "at least")]


def test_last_years_actual_beside_the_outlook_is_not_a_second_amount():
    g = one(
        "For the full year 2023, we expect capital investments to be approximately $50 billion compared to "
        "$59 billion in 2022.",
        "2023-04-27",
    )
    assert (g.period, g.value_usd, g.qualifier) == ("FY2023", 50 * B, "approximately")


def test_q_abbreviations_name_quarters():
    g = one("For Q1, we expect capital expenditures, including finance leases, to be over $30 billion.", "2025-07-30", "06-30")
    assert (g.period, g.value_usd, g.qualifier) == ("Q1-2026", 30 * B, "more than")
    g = one("We expect Q3 2025 capital expenditures of about $3 billion.", "2025-05-14")
    assert (g.period, g.value_usd) == ("Q3-2025", 3 * B)
    # "the Q1 level" in an April release (reporting Q1) is not the next quarter: refused
    assert [x for x in extract_guidance("We expect Q1 capex of $12 billion.", date(2024, 4, 25)) if x.numeric] == []


def test_amount_right_before_the_capex_words():
    g = one("It now expects a $25 billion capex bill in fiscal 2026, up from under $7 billion for 2024.", "2025-06-11", "05-31")
    assert (g.period, g.value_usd) == ("FY2026", 25 * B)
    # a change named after the capex words is not a level
    assert [x for x in extract_guidance("We expect a $2 billion capex cut in 2026.", date(2025, 10, 29)) if x.numeric] == []


def test_plus_or_minus_is_a_range_and_the_cash_flow_line_is_capex():
    g = one("We expect full-year capital spending of $11.0 billion, plus or minus $500 million.", "2014-01-16")
    assert (g.period, g.low_usd, g.high_usd, g.qualifier) == ("FY2014", int(10.5 * B), int(11.5 * B), "range")
    g = one(
        "Cash purchases of property and equipment, including capitalized interest, are expected to be "
        "approximately $9.5 billion in 2025.",
        "2025-02-04",
    )
    assert (g.period, g.value_usd) == ("FY2025", int(9.5 * B))


def test_one_amount_for_each_of_several_years():
    found = extract_guidance(
        "We currently expect our capital expenditures to exceed $11.00 billion in each of 2025, 2026 and 2027.",
        date(2025, 1, 29),
    )
    assert [(g.period, g.value_usd, g.qualifier) for g in found] == [
        (f"FY{y}", 11 * B, "more than") for y in (2025, 2026, 2027)
    ]
    fiscal = extract_guidance(
        "Capital expenditures are expected to be approximately $11 billion for each of fiscal years 2018 and 2019.",
        date(2017, 7, 20),
        "06-30",
    )
    assert [g.period for g in fiscal] == ["FY2018", "FY2019"]


def test_same_amount_this_year_and_each_of_the_next_two_and_stated_high_end_increase():
    found = extract_guidance(
        "We currently expect our capital expenditures to be between $6.00 to $8.00 billion in 2022 and each "
        "of the next two fiscal years.",
        date(2022, 2, 7),
    )
    assert [(g.period, g.low_usd, g.high_usd) for g in found] == [
        (f"FY{y}", 6 * B, 8 * B) for y in (2022, 2023, 2024)
    ]
    g = one(
        "We anticipate our full-year 2024 capital expenditures will be in the range of $30-37 billion, an "
        "increase of $2 billion on the high end of our prior range.",
        "2024-02-01",
    )
    assert (g.low_usd, g.high_usd, g.revision, g.prev_low_usd, g.prev_high_usd) == (30 * B, 37 * B, "raised", 30 * B, 35 * B)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Capital expenditures between $17.0 billion and $17.5 billion.", 17 * B, int(17.5 * B)),
        ("Full-year capital spending: $13.0 billion, plus or minus $500 million.", int(12.5 * B), int(13.5 * B)),
    ],
)
def test_outlook_bullet_without_a_verb_gives_a_range(text, low, high):
    g = one(text, "2024-01-23")
    assert (g.period, g.low_usd, g.high_usd) == ("FY2024", low, high)


@pytest.mark.parametrize(
    "text",
    [
        "Capital expenditures of $19.37 billion.",  # one amount: could be the quarter just reported
        "Capital expenditures were between $17.0 billion and $17.5 billion.",  # past
        "Capital investment in the $21-$22 billion range.",  # telecoms: capex plus vendor financing
    ],
)
def test_verbless_lines_that_are_not_an_outlook_range(text):
    assert [g for g in extract_guidance(text, date(2024, 1, 23)) if g.numeric] == []


def test_each_item_of_an_outlook_list_is_read_with_its_lead():
    # Bunge, 2025-04-30: the previous-range phrase of one item must not swallow the capex item
    text = (
        "Additionally, the Company expects the following for 2025: an adjusted annual effective tax rate in "
        "the range of 21% to 25%; net interest expense in the range of $220 to $250 million, which is down "
        "from our previous expected range of $250 to $280 million; capital expenditures in the range of $1.5 "
        "to $1.7 billion; and depreciation and amortization of approximately $490 million."
    )
    [g] = extract_guidance(text, date(2025, 4, 30))
    assert (g.period, g.low_usd, g.high_usd, g.revision) == ("FY2025", 1_500_000_000, 1_700_000_000, "")


def test_verbless_bullets_need_a_range_alone_and_an_outlook_heading_otherwise():
    ranged = "Approximately $2.8 billion to $3.2 billion in total capital expenditures."
    [g] = extract_guidance(ranged, date(2025, 2, 20))
    assert (g.period, g.low_usd, g.high_usd) == ("FY2025", 2_800_000_000, 3_200_000_000)
    single = "Capital expenditures of about $4.5 billion."
    assert extract_guidance(single, date(2025, 2, 20)) == []  # could be last quarter's figure
    [g] = extract_guidance(single, date(2024, 11, 5), outlook_heading="Fiscal 2025 Outlook")
    assert (g.period, g.value_usd, g.qualifier) == ("FY2025", 4_500_000_000, "approximately")
    # a past-tense bullet stays a past figure, whatever section it is in
    assert extract_guidance("Capital expenditures were $4.5 billion.", date(2025, 2, 20), outlook_heading="Outlook") == []


@pytest.mark.parametrize(
    ("text", "filed", "fye", "want"),
    [
        # Target names its year by the year it starts in: "2025" ends in January 2026 (our FY2026)
        ("The Company expects to invest $4 billion to $5 billion in capital expenditures in 2025.",
         "2025-03-04", "02-01", ("FY2026", 4_000_000_000, 5_000_000_000, None)),
        # Walmart by the year it ends in: "fiscal 2026" is FY2026
        ("Walmart expects fiscal 2026 capital expenditures of approximately $23 billion.",
         "2025-02-20", "01-31", ("FY2026", None, None, 23_000_000_000)),
        ("Reduced 2025 capital expenditures by $200 million to $6.0 billion while maintaining first quarter output.",
         "2025-05-01", "12-31", ("FY2025", None, None, 6_000_000_000)),
        ("Lowering full year 2025 cash CAPEX guidance to $3.4 - $3.6 billion (from $3.4 - $3.8 billion).",
         "2025-08-04", "12-31", ("FY2025", 3_400_000_000, 3_600_000_000, None)),
        ("Reduced full-year capital guidance to $12.3 to $12.6 billion from approximately $12.9 billion.",
         "2025-05-08", "12-31", ("FY2025", 12_300_000_000, 12_600_000_000, None)),
        ("Capital expenditures are now estimated to be $140.0M-$160.0M, which includes approximately "
         "$70.0M-$75.0M for the new facility.", "2025-07-28", "12-31", ("FY2025", 140_000_000, 160_000_000, None)),
        ("2026 Outlook: mid-single digit EPS growth; capital plan of approximately $3.3 billion.",
         "2026-01-22", "12-31", ("FY2026", None, None, 3_300_000_000)),
        ("Capital Expenditures(5) | $3.6 - $3.8 billion", "2025-09-11", "12-31",
         ("FY2025", 3_600_000_000, 3_800_000_000, None)),
        ("- Capital expenditures, gross, of $250 million to $270 million", "2025-02-28", "12-31",
         ("FY2025", 250_000_000, 270_000_000, None)),
    ],
)  # fmt: skip
def test_more_release_wordings(text, filed, fye, want):
    [g] = extract_guidance(text, date.fromisoformat(filed), fye)
    assert (g.period, g.low_usd, g.high_usd, g.value_usd) == want


@pytest.mark.parametrize(
    ("text", "filed"),
    [
        # a change is not a level
        ("Additionally, Dow has reduced its 2025 capital expenditure plan by approximately $1 billion.", "2025-10-23"),
        ("The company's 2025 capex and affiliate capex budgets represent a $2 billion year-over-year reduction.",
         "2024-12-05"),
        # a December budget that names no year: this year's or next year's?
        ("Downstream capex is expected to be approximately $1.2 billion.", "2024-12-05"),
        # a year already over is not an outlook
        ("Reduced 2024 capital expenditures by $200 million to $6.0 billion.", "2025-02-20"),
        ("Reported in-line capital investments of $252.7 million, excluding non-budgeted acquisitions.",
         "2025-02-20"),
    ],
)  # fmt: skip
def test_changes_past_years_and_undated_december_outlooks_are_refused(text, filed):
    assert [g for g in extract_guidance(text, date.fromisoformat(filed)) if g.numeric] == []


@pytest.mark.parametrize(
    ("text", "filed", "fye", "want"),
    [
        # commentary after the outlook names other periods without an amount
        ("We continue to expect CapEx for the full year 2025 to be in the range of $20 billion to $23 billion, "
         "with a significant ramp in the fourth quarter.", "2025-08-12", "12-31",
         [("FY2025", 20_000_000_000, 23_000_000_000, None)]),
        ("We expect capital expenditures to be over $30 billion in the first quarter, driven by strong demand "
         "signals, with the mix of short-lived assets similar to Q4.", "2025-07-30", "06-30",
         [("Q1-2026", None, None, 30_000_000_000)]),
        # "long-term return on invested capital" is not a multi-year outlook
        ("We expect to invest about $200 billion in capital expenditures across Amazon in 2026, and anticipate "
         "strong long-term return on invested capital.", "2026-02-05", "12-31", [("FY2026", None, None, 200_000_000_000)]),
        # a quoted sentence ends before the next quote opens
        ("“We now expect 2025 capex in the range of $12 billion to $14 billion,” the CFO said. “Given our "
         "backlog, we expect capex in 2026 to be well in excess of double that of 2025.”", "2025-11-10", "12-31",
         [("FY2025", 12_000_000_000, 14_000_000_000, None)]),
        # Tesla's 10-K wording after a long "subject to" lead
        ("Owing and subject to the foregoing, we currently expect our capital expenditures to exceed $10.00 "
         "billion in 2024 and be between $8.00 to $10.00 billion in each of the following two fiscal years.",
         "2024-01-29", "12-31", [("FY2024", None, None, 10_000_000_000), ("FY2025", 8_000_000_000, 10_000_000_000, None),
                                 ("FY2026", 8_000_000_000, 10_000_000_000, None)]),
        ("For fiscal 2021, FedEx anticipates capital expenditures of approximately $4.9 billion, a 17% decline "
         "from fiscal 2020 levels.", "2020-06-30", "05-31", [("FY2021", None, None, 4_900_000_000)]),
        ("Occidental will reduce its 2020 capital spending to a range of $3.5 billion to $3.7 billion.",
         "2020-03-10", "12-31", [("FY2020", 3_500_000_000, 3_700_000_000, None)]),
        # parts of the company and telecoms' "capital investment" are not the company's capex
        ("Non-aircraft adjusted capital expenditures are not anticipated to be more than $500 million in 2022.",
         "2020-05-19", "12-31", []),
        ("For the second quarter of 2025, AT&T expects capital investment in the range of $4.5 billion to $5.0 "
         "billion.", "2025-04-23", "12-31", []),
    ],
)  # fmt: skip
def test_outlooks_among_commentary_and_parts(text, filed, fye, want):
    got = [(g.period, g.low_usd, g.high_usd, g.value_usd) for g in extract_guidance(text, date.fromisoformat(filed), fye)
           if g.numeric]  # fmt: skip
    assert got == want


@pytest.mark.parametrize(
    ("text", "filed", "want"),
    [
        ("Occidental will reduce its 2020 capital spending to a range of $3.5 billion to $3.7 billion from its "
         "previously guided range of $5.2 billion to $5.4 billion.", "2020-03-10",
         [("FY2020", 3_500_000_000, 3_700_000_000, None)]),
        ("Occidental announced a further reduction in 2020 capital spending to between $2.7 billion and $2.9 "
         "billion from its original guidance of $5.2 billion to $5.4 billion.", "2020-03-25",
         [("FY2020", 2_700_000_000, 2_900_000_000, None)]),
        ("We currently expect our capital expenditures to be between $6.00 to $8.00 billion in 2022, and each of "
         "the next two fiscal years.", "2022-07-25", [("FY2022", 6_000_000_000, 8_000_000_000, None),
                                                      ("FY2023", 6_000_000_000, 8_000_000_000, None),
                                                      ("FY2024", 6_000_000_000, 8_000_000_000, None)]),
    ],
)  # fmt: skip
def test_prior_guidance_after_from_and_each_of_the_next_years(text, filed, want):
    got = [(g.period, g.low_usd, g.high_usd, g.value_usd) for g in extract_guidance(text, date.fromisoformat(filed))]
    assert got == want


@pytest.mark.parametrize(
    ("text", "filed", "want"),
    [
        ("Charter expects full year 2024 capital expenditures to total between $12.2 billion and $12.4 billion, "
         "including line extensions capital expenditures of approximately $4.5 billion.", "2024-04-26",
         [("FY2024", 12_200_000_000, 12_400_000_000, None)]),
        ("For the full year 2025, total capital expenditures are expected to be between $3.5 billion and $4.0 "
         "billion, including aircraft capital expenditures of $2.5 billion to $3.0 billion.", "2025-07-24",
         [("FY2025", 3_500_000_000, 4_000_000_000, None)]),
        ("* Expects capital expenditures for 2016 to be about $2.0 billion, less than half of which are expected "
         "to be used to open new restaurants", "2016-10-21", [("FY2016", None, None, 2_000_000_000)]),
        ("Looking ahead, the company is projecting capital expenditures between $4.5 billion and $5.0 billion for "
         "fiscal 2025, a reduction compared to the $5.15 billion spent in the year ending September.",
         "2024-11-07", [("FY2025", 4_500_000_000, 5_000_000_000, None)]),
        ("2025 capex will be $18 billion.", "2025-07-24", [("FY2025", None, None, 18_000_000_000)]),
        ("Sees FY24 capital expenditures $25M-$35M.", "2024-03-05", [("FY2024", 25_000_000, 35_000_000, None)]),
        # another company's figure in the same text
        ("In comparison, competitor T-Mobile expects capex of $4.8 billion to $5.1 billion in 2017.", "2017-01-24", []),
    ],
)  # fmt: skip
def test_breakdowns_comparisons_and_news_wordings(text, filed, want):
    got = [(g.period, g.low_usd, g.high_usd, g.value_usd) for g in extract_guidance(text, date.fromisoformat(filed))
           if g.numeric]  # fmt: skip
    assert got == want


def test_an_undated_outlook_follows_the_company_habit():
    from storage.sources.guidance_seed import seed_undated_outlooks

    text = "Capital expenditures are expected to be approximately $35 million to $45 million."
    filed = date(2015, 5, 7)  # Nvidia's Q1 FY2016 release: its outlook section is for Q2 FY2016
    assert seed_undated_outlooks()["nvidia"] == "next-quarter" and "meta" not in seed_undated_outlooks()
    [g] = extract_guidance(text, filed, "01-31", undated="next-quarter")
    assert (g.period, g.low_usd, g.high_usd) == ("Q2-2016", 35_000_000, 45_000_000)
    # a sentence that says "year" is still about the year; other companies keep the year
    [y] = extract_guidance("Full year capital expenditures are expected to be about $1.2 billion.", filed, "01-31",
                           undated="next-quarter")  # fmt: skip
    assert y.period == "FY2016"
    assert extract_guidance(text, filed, "01-31")[0].period == "FY2016"


def test_each_of_the_next_years_without_a_first_year_counts_from_the_year_after_the_report():
    text = ("We currently expect our capital expenditures to exceed $9.00 billion in each of the next two fiscal "
            "years.")  # fmt: skip
    got = [(g.period, g.value_usd, g.qualifier) for g in extract_guidance(text, date(2024, 1, 26))]
    assert got == [("FY2024", 9_000_000_000, "more than"), ("FY2025", 9_000_000_000, "more than")]


def test_a_dash_labelled_outlook_item_is_read_from_a_run_of_items():
    """Nvidia's outlook section is one run of "Label - value" items; only the capex item is capex."""
    text = ("Operating Expense - Approximately $2.0 billion GAAP and $1.4 billion non-GAAP Tax Rate - GAAP and "
            "non-GAAP both ten percent, excluding discrete items Capital Expenditure - Approximately $250 to $275 "
            "million")  # fmt: skip
    [g] = extract_guidance(text, date(2021, 5, 26), "01-31", undated="next-quarter")
    assert (g.period, g.low_usd, g.high_usd) == ("Q2-2022", 250_000_000, 275_000_000)
    # a single amount after the dash, outside an outlook section, is no outlook (it may be the past)
    assert extract_guidance("Capital Expenditure - $190 million", date(2021, 5, 26), "01-31") == []


@pytest.mark.parametrize(
    ("text", "filed", "fye", "want"),
    [
        # the total after a change stated against an earlier forecast (the quarter is when it was made)
        ("We now expect fiscal year 2027 capital expenditures to be about $10 billion higher than we "
         "forecasted after Q2, or roughly $60 billion.", "2026-12-10", "05-31",
         ("FY2027", None, None, 60_000_000_000, "approximately", "", None)),
        # "against previous guidance of", "from its prior estimate of" (with a year in between)
        ("The company expects 2024 capital expenditures to be $38-40 billion against previous guidance of "
         "$35-40 billion.", "2024-07-31", "12-31",
         ("FY2024", 38_000_000_000, 40_000_000_000, None, "range", "narrowed", (35_000_000_000, 40_000_000_000))),
        ("The company has lowered its capital expenditures to $28-31 billion for 2023 from its prior estimate "
         "of $30-33 billion.", "2023-04-26", "12-31",
         ("FY2023", 28_000_000_000, 31_000_000_000, None, "range", "lowered", (30_000_000_000, 33_000_000_000))),
        # a statement after a semicolon does not veto the outlook before it
        ("The company expects 2027 capex to exceed $25 billion, funding new factories; prior-year capex was "
         "slightly below guidance.", "2027-01-28", "12-31",
         ("FY2027", None, None, 25_000_000_000, "more than", "", None)),
        # next year's direction after the outlook, a quarter's share of it, a plan, "will double to"
        ("The company expects to spend $90 billion on capital expenditures in 2026 and even more in 2027.",
         "2026-02-05", "12-31", ("FY2026", None, None, 90_000_000_000, "point", "", None)),
        ("It expects capital expenditures to reach $95 billion this year, with approximately $20 billion to "
         "$22 billion in the first quarter.", "2026-02-04", "12-31",
         ("FY2026", None, None, 95_000_000_000, "point", "", None)),
        ("The company outlined a capital expenditure plan of approximately $40B for the year.", "2026-09-10",
         "05-31", ("FY2027", None, None, 40_000_000_000, "approximately", "", None)),
        ("The CFO said capital expenditure will double to $20 billion this fiscal year.", "2026-09-10", "05-31",
         ("FY2027", None, None, 20_000_000_000, "point", "", None)),
    ],
)  # fmt: skip
def test_totals_after_changes_prior_guidance_and_trailing_statements(text, filed, fye, want):
    g = extract_guidance(text, date.fromisoformat(filed), fye)[0]  # (a quarter's share may follow)
    prev = (g.prev_low_usd, g.prev_high_usd) if g.prev_low_usd is not None else None
    assert (g.period, g.low_usd, g.high_usd, g.value_usd, g.qualifier, g.revision, prev) == want


def test_a_trailing_as_clause_names_no_period_of_the_outlook():
    """'…, as some spending shifts into 2027' says why, not which year the outlook is for."""
    text = ("For the full year, we now expect CapEx to be in excess of $10 billion, as some spending shifts "
            "into 2027 along with the timing of deliveries.")  # fmt: skip
    [g] = extract_guidance(text, date(2026, 11, 10), "12-31")
    assert (g.period, g.value_usd, g.qualifier) == ("FY2026", 10_000_000_000, "more than")


def test_a_comma_before_the_following_years_keeps_each_year():
    text = ("We expect capital expenditures to be in the range of $5 billion to $7 billion in 2022, and between "
            "$6 billion and $8 billion in each of the following two years.")  # fmt: skip
    got = [(g.period, g.low_usd, g.high_usd) for g in extract_guidance(text, date(2022, 1, 26), "12-31")]
    assert got == [("FY2022", 5_000_000_000, 7_000_000_000), ("FY2023", 6_000_000_000, 8_000_000_000),
                   ("FY2024", 6_000_000_000, 8_000_000_000)]  # fmt: skip


@pytest.mark.parametrize(
    ("heading", "fye", "text", "want"),
    [
        ("Outlook for the second quarter of fiscal 2017", "01-31",
         "Capital expenditures are expected to be approximately $35 million to $45 million.", "Q2-2017"),
        ("Q4 FY2021 Outlook", "01-31", "Capital expenditures are expected to be approximately $300 million to $325 million.",
         "Q4-2021"),
        # a full-year bullet under a quarter's heading is about the heading's year
        ("Outlook for the second quarter of fiscal 2017", "01-31",
         "Full-year capital expenditures are expected to be approximately $1.5 billion.", "FY2017"),
        ("2025 Outlook", "12-31", "Capital expenditures of approximately $3.5 billion", "FY2025"),
    ],
)  # fmt: skip
def test_an_outlook_heading_names_the_quarter_or_the_year_of_its_bullets(heading, fye, text, want):
    [g] = extract_guidance(text, date(2016, 5, 12) if "2017" in heading else date(2020, 11, 18) if "2021" in heading
                           else date(2025, 1, 30), fye, outlook_heading=heading)  # fmt: skip
    assert g.period == want


@pytest.mark.parametrize(
    ("text", "filed", "fye"),
    [
        # an old projection, now compared with the actual
        ("Capital expenditures for the first quarter stood at a record $36.2 billion. This is higher than the "
         "$31 billion that she had projected in July.", "2026-10-28", "06-30"),
        # analysts' figure, not the company's
        ("Analysts expect the company's capex to increase to $15.1 billion this year, according to FactSet.",
         "2026-10-29", "09-30"),
    ],
)  # fmt: skip
def test_old_projections_and_analysts_figures_are_not_outlooks(text, filed, fye):
    assert [g for g in extract_guidance(text, date.fromisoformat(filed), fye) if g.numeric] == []


def test_the_company_telling_analysts_is_still_the_company():
    text = "Management told analysts it now expects approximately $210 billion in capital expenditures during 2027."
    [g] = extract_guidance(text, date(2027, 2, 5))
    assert (g.period, g.value_usd, g.qualifier) == ("FY2027", 210_000_000_000, "approximately")


@pytest.mark.parametrize(
    ("text", "filed", "want"),
    [
        # the call named by its quarter is when it was said, not the outlook's period
        ("On its fourth-quarter earnings call on Wednesday, the company said its capital expenditures will "
         "exceed $22 billion in 2027, as it accelerates investment.", "2027-01-27",
         ("FY2027", None, None, 22_000_000_000, "more than")),
        # "USD 35 billion", "is set to rise to", "up from the previously forecasted …"
        ("The CEO said capital expenditure for 2025 is set to rise to between USD 36 billion and USD 41 billion, "
         "up from the previously forecasted USD 31 to USD 38 billion", "2025-04-24",
         ("FY2025", 36_000_000_000, 41_000_000_000, None, "range")),
        # "to an estimated $X", "an increase of nearly $X from previous estimates", "a 35% rise from … spent"
        ("The company plans to increase its capital expenditure to an estimated $110 billion in 2026, a 30% rise "
         "from the $85 billion spent in 2025.", "2026-02-06", ("FY2026", None, None, 110_000_000_000, "approximately")),
        ("It is raising its fiscal 2027 capex forecast to approximately $55 billion, an increase of nearly $10 "
         "billion from previous estimates.", "2026-12-10", ("FY2027", None, None, 55_000_000_000, "approximately")),
    ],
)  # fmt: skip
def test_news_wordings_of_an_outlook(text, filed, want):
    fye = "05-31" if "fiscal 2027" in text else "12-31"
    [g] = [g for g in extract_guidance(text, date.fromisoformat(filed), fye) if g.numeric]
    assert (g.period, g.low_usd, g.high_usd, g.value_usd, g.qualifier) == want


def test_analysts_estimate_beside_the_outlook_is_left_out():
    text = ("The company expects 2027 capital expenditures of $190 billion to $200 billion, far above the $140 "
            "billion analysts had expected.")  # fmt: skip
    [g] = extract_guidance(text, date(2027, 2, 3))
    assert (g.period, g.low_usd, g.high_usd) == ("FY2027", 190_000_000_000, 200_000_000_000)


@pytest.mark.parametrize(
    ("text", "filed", "period", "low", "high", "value", "qualifier", "revision"),
    [
        # news wording: "will invest", reported speech, "it was disclosed that", "upwards of"
        ("The CEO said the company will invest over $60 billion in capital expenditures this year.", "2025-02-07",
         "FY2025", None, None, 60 * B, "more than", ""),
        ("The CFO said capital expenditure would be between $9bn and $11bn this year.", "2025-05-14",
         "FY2025", 9 * B, 11 * B, None, "range", ""),
        ("It was disclosed that the company's capital expenditure for 2026 will exceed $12 billion.", "2026-01-29",
         "FY2026", None, None, 12 * B, "more than", ""),
        ("The retailer said it will spend upwards of $4 billion on capital expenditures in 2026.", "2026-03-05",
         "FY2026", None, None, 4 * B, "at least", ""),
        # an analysts' figure, a company's worth and last year's actual beside the outlook are left out
        ("Looking ahead, the company forecast 2026 capital expenditures between $40 billion and $45 billion, "
         "exceeding market expectations of around $38 billion.", "2026-01-28", "FY2026", 40 * B, 45 * B, None, "range", ""),
        ("On its fourth quarter earnings call, the executives said the $3 trillion tech giant will spend between "
         "$50 billion and $55 billion in capex in 2026.", "2026-02-04", "FY2026", 50 * B, 55 * B, None, "range", ""),
        # a revision in the passive: "lifted again to"
        ("The full-year capex program was lifted again to $30-32 billion.", "2025-10-29",
         "FY2025", 30 * B, 32 * B, None, "range", "raised"),
    ],
)
def test_reported_speech_and_passive_revision_wordings(text, filed, period, low, high, value, qualifier, revision):
    g = one(text, filed)
    assert (g.period, g.low_usd, g.high_usd, g.value_usd) == (period, low, high, value)
    assert (g.qualifier, g.revision) == (qualifier, revision)


@pytest.mark.parametrize(
    "text",
    [
        "Capital expenditures were up 20% in the quarter to $12 billion.",
        "The market was stunned: capex was roughly $26 billion in the fourth quarter alone.",
        "Capex is projected to increase to $18 billion in 2026 and more thereafter, it was reported last year that spending was $9 billion.",
    ],
)
def test_past_spending_stays_out(text):
    assert not [g for g in extract_guidance(text, date(2026, 2, 1)) if g.numeric and g.value_usd == 12 * B]
    assert not [g for g in extract_guidance(text, date(2026, 2, 1)) if g.numeric and g.value_usd in (26 * B, 9 * B)]


@pytest.mark.parametrize(
    ("text", "filed", "fye", "period", "low", "high", "value"),
    [
        ("The company plans to invest more than $20 billion in capital expenditures in the upcoming quarter.",
         "2025-07-30", "06-30", "Q1-2026", None, None, 20 * B),
        ("- Cuts FY25 Capex $40-43B (prior $44-47B)", "2025-10-29", "12-31", "FY2025", 40 * B, 43 * B, None),
        ("It dropped a headline-grabbing plan: $90 billion in capital spending this year.", "2026-02-05", "12-31",
         "FY2026", None, None, 90 * B),
        ("The company expects to spend $50 billion on capital expenditures this year, while Microsoft spent $30 billion.",
         "2025-04-24", "12-31", "FY2025", None, None, 50 * B),
    ],
)
def test_next_quarter_headline_bullets_and_contrasts(text, filed, fye, period, low, high, value):
    g = one(text, filed, fye)
    assert (g.period, g.low_usd, g.high_usd, g.value_usd) == (period, low, high, value)


@pytest.mark.parametrize(
    "text",
    [
        "Morgan Stanley analysts said in a note last week that they expect total capital spending to rise 24% to nearly $500 billion next year.",
        "Investors digested a capex number that blew past expectations (Wall Street had been nearer $100-$110bn).",
        "Some Securities kept a Buy rating and lifted its 2026 capex outlook to $50 billion.",
    ],
)
def test_analysts_and_brokers_figures_are_not_the_companys(text):
    assert not [g for g in extract_guidance(text, date(2025, 10, 30)) if g.numeric]


def test_management_telling_analysts_is_the_companys_outlook():
    g = one("Management told analysts it now expects approximately $120 billion in capital expenditures during 2026.", "2026-02-05")
    assert (g.period, g.value_usd, g.qualifier) == ("FY2026", 120 * B, "approximately")


@pytest.mark.parametrize(
    ("text", "filed", "period", "low", "high", "value"),
    [
        ("The parent said capital spending this year could reach between $70 billion and $80 billion, nearly double the "
         "$40 billion it spent in 2025 and far above the $60 billion analysts had expected.", "2026-02-04", "FY2026", 70 * B, 80 * B, None),
        ("The company expects to invest “approximately $45 billion” in capital expenditures in 2025, according to a statement "
         "in the company's Q4 2024 earnings release.", "2025-02-04", "FY2025", None, None, 45 * B),
        ("Investments in property and equipment for fiscal year 2026 are projected to reach $25 billion, more than double the "
         "previous year's level.", "2025-06-11", "FY2026", None, None, 25 * B),
        ("The retailer guided for $120B in 2026 capital expenditure.", "2026-02-05", "FY2026", None, None, 120 * B),
    ],
)
def test_more_news_wordings(text, filed, period, low, high, value):
    g = one(text, filed)
    assert (g.period, g.low_usd, g.high_usd, g.value_usd) == (period, low, high, value)


@pytest.mark.parametrize(
    "text",
    [
        "Though the company's capital expenditure is increasing (projected $14.3 billion this year), it's comparatively restrained.",
        "Estimates suggest 2026 capex could exceed $150 billion, primarily directed towards AI infrastructure.",
    ],
)
def test_journalists_and_estimates_projections_are_not_the_companys(text):
    assert not [g for g in extract_guidance(text, date(2026, 1, 30)) if g.numeric]


@pytest.mark.parametrize(
    "text",
    [
        "That's above the approximately $40 billion in capex for the year that analysts had been expecting.",
        "Planned capital expenditures in the U.S. over five years will account for approximately $30 billion.",
    ],
)
def test_what_analysts_expected_and_five_year_plans_are_not_an_outlook(text):
    assert not [g for g in extract_guidance(text, date(2025, 2, 5)) if g.numeric]


@pytest.mark.parametrize(
    ("text", "filed", "period", "low", "high", "value"),
    [
        ("The company set 2026 capital expenditure at $50 billion to $55 billion to expand AI infrastructure.", "2026-01-29",
         "FY2026", 50 * B, 55 * B, None),
        ("FY26 capex raised to $55–60B from $50–55B prior.", "2025-10-30", "FY2026", 55 * B, 60 * B, None),
        ("For 2025, capex is estimated to be $6 billion to $7 billion compared with $9 billion to $10 billion projected earlier.",
         "2025-11-10", "FY2025", 6 * B, 7 * B, None),
        ("It comes with a capital expenditure forecast of approximately $20 billion for fiscal 2026, more than double the "
         "$9 billion spent in fiscal 2025.", "2025-09-10", "FY2026", None, None, 20 * B),
    ],
)
def test_set_at_abbreviated_priors_and_unattributed_spending(text, filed, period, low, high, value):
    g = one(text, filed)
    assert (g.period, g.low_usd, g.high_usd, g.value_usd) == (period, low, high, value)


def test_an_outlook_another_company_states_is_not_read_for_this_one():
    # an Amazon article: "Alphabet this week projected…" is Alphabet's outlook, not Amazon's
    text = "Alphabet this week projected capital expenditures of $175 billion to $185 billion in 2026."
    for_amazon = [g for g in extract_guidance(text, date(2026, 2, 6), company="amazon") if g.numeric]
    for_alphabet = [g for g in extract_guidance(text, date(2026, 2, 6), company="google") if g.numeric]
    assert for_amazon == []
    assert [(g.period, g.low_usd, g.high_usd) for g in for_alphabet] == [("FY2026", 175 * 10**9, 185 * 10**9)]
    # a sentence naming no company is the company's own ("We expect capital expenditures…")
    own = extract_guidance("We expect 2026 capital expenditures of $115-135 billion.", date(2026, 1, 28), company="meta")
    assert [(g.low_usd, g.high_usd) for g in own] == [(115 * 10**9, 135 * 10**9)]


@pytest.mark.parametrize(
    ("text", "filed", "fye", "want"),
    [
        ("Microsoft plans to spend approximately $80 billion in fiscal 2025 on the construction of data centers.",
         "2025-01-03", "06-30", ("FY2025", None, None, 80 * B)),
        ("On Thursday, Amazon raised its 2025 spending forecast 6% to $125 billion.", "2025-10-31", "12-31",
         ("FY2025", None, None, 125 * B)),
        ("CoreWeave announced plans to invest between $20 billion and $23 billion in 2025.", "2025-03-28", "12-31",
         ("FY2025", 20 * B, 23 * B, None)),
    ],
)  # fmt: skip
def test_a_spending_plan_without_the_word_capex(text, filed, fye, want):
    (g,) = [g for g in extract_guidance(text, date.fromisoformat(filed), fye) if g.numeric]
    assert (g.period, g.low_usd, g.high_usd, g.value_usd) == want


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft will invest $3.2 billion in Sweden over two years to expand its cloud and AI infrastructure.",
        "We believe cloud service providers and enterprises will spend about $600 billion on data center infrastructure in 2026.",
        "The company expects to spend an estimated $55 billion this year with American suppliers.",
        "We plan to invest $2 billion in research and development in 2026.",
        "The Company intends to invest $3.5 billion of these savings into its network in 2026.",
        "We will invest significantly more in 2026.",  # no number: no outlook at all without a capex word
    ],
)
def test_spending_that_is_not_the_companys_capex(text):
    assert extract_guidance(text, date(2026, 1, 28)) == []


@pytest.mark.parametrize(
    ("text", "filed", "want"),
    [
        # the earlier projection is the prior outlook, not a second amount
        ("Alphabet now intends to spend $85 billion in 2025, higher than the earlier projection of $75 billion.",
         "2025-07-24", ("FY2025", None, None, 85 * B)),
        # the next years' direction after ", but expects" names no amount of this year's outlook
        ("Tesla anticipates spending more than $10 billion in capital expenditures this fiscal year, but expects a "
         "decline in the following two years.", "2024-01-29", ("FY2024", None, None, 10 * B)),
        # "last month" is when it was said, not the period
        ("Last month Meta said it plans to invest $60 billion to $65 billion this year as part of its AI push.",
         "2025-02-04", ("FY2025", 60 * B, 65 * B, None)),
        ("The company plans to invest $75 billion in 2025—a 43% jump from last year—far exceeding expectations of "
         "$58 billion.", "2025-02-05", ("FY2025", None, None, 75 * B)),
    ],
)  # fmt: skip
def test_outlook_read_past_its_surroundings(text, filed, want):
    (g,) = [g for g in extract_guidance(text, date.fromisoformat(filed)) if g.numeric]
    assert (g.period, g.low_usd, g.high_usd, g.value_usd) == want


def test_an_actual_beside_expectations_is_not_an_outlook():
    text = ("Microsoft's capital expenditures, including leases, hit a record $34.9 billion, far above expectations "
            "of about $30 billion.")  # fmt: skip
    assert [g for g in extract_guidance(text, date(2025, 10, 30), "06-30") if g.numeric] == []


def test_the_quarters_share_of_the_years_outlook_is_its_own_outlook():
    text = ("We expect to invest approximately $75 billion in capex in 2025, approximately $16 to $18 billion of "
            "that in the first quarter.")  # fmt: skip
    got = [(g.period, g.low_usd, g.high_usd, g.value_usd) for g in extract_guidance(text, date(2025, 2, 4))]
    assert got == [("FY2025", None, None, 75 * B), ("Q1-2025", 16 * B, 18 * B, None)]
    # Microsoft's fiscal year: its first quarter is July-September
    text = "We expect fiscal 2026 capital expenditures of about $120 billion, with about $30 billion in the first quarter."
    got = [(g.period, g.value_usd) for g in extract_guidance(text, date(2025, 7, 30), "06-30")]
    assert got == [("FY2026", 120 * B), ("Q1-2026", 30 * B)]


@pytest.mark.parametrize(
    ("text", "filed", "fye", "want"),
    [
        ("Microsoft has committed to $80 billion in AI-related capital expenditures in its current fiscal year.",
         "2025-04-30", "06-30", ("FY2025", None, None, 80 * B)),
        # the comparison with Wall Street has no amount: the $200bn is the company's
        ("Amazon shares slumped on Thursday after it announced plans to spend $200bn on capital expenditure in 2026, "
         "roughly a third more than Wall Street had forecast.", "2026-02-05", "12-31", ("FY2026", None, None, 200 * B)),
        # " - which would nearly double last year's $72.2 billion": commentary, not a second amount
        ("Meta said last week it expects to spend between $115 billion and $135 billion in 2026 - which would nearly "
         "double last year's $72.2 billion.", "2026-02-05", "12-31", ("FY2026", 115 * B, 135 * B, None)),
    ],
)  # fmt: skip
def test_commitments_comparisons_and_commentary_around_an_outlook(text, filed, fye, want):
    (g,) = [g for g in extract_guidance(text, date.fromisoformat(filed), fye) if g.numeric]
    assert (g.period, g.low_usd, g.high_usd, g.value_usd) == want


def test_several_companies_spending_together_is_nobodys_outlook():
    text = ("Microsoft, Meta Platforms, Alphabet's Google, Amazon and Oracle collectively plan to spend more than "
            "$700 billion in 2026.")  # fmt: skip
    assert [g for g in extract_guidance(text, date(2026, 2, 10), company="amazon") if g.numeric] == []


def test_the_company_named_first_is_the_one_whose_outlook_it_is():
    text = ("With Alphabet targeting $75 billion, Meta aiming for $65 billion, and Amazon planning to invest $100 "
            "billion in capital expenditures this year, Nvidia stands to benefit.")  # fmt: skip
    assert [g for g in extract_guidance(text, date(2025, 2, 25), "01-31", company="nvidia") if g.numeric] == []
    text = "CoreWeave, the Nvidia-backed AI cloud provider, plans to invest between $20 billion and $23 billion in 2025."
    got = [(g.low_usd, g.high_usd) for g in extract_guidance(text, date(2025, 3, 28), company="coreweave")]
    assert got == [(20 * B, 23 * B)]


@pytest.mark.parametrize(
    ("text", "filed", "want"),
    [
        ("We continue to expect quarterly CapEx for the remainder of the year to be roughly at or above the Q1 "
         "CapEx of $12 billion.", "2024-07-23", [("Q3-2024", 12 * B, "at least"), ("Q4-2024", 12 * B, "at least")]),
        ("Cash CapEx was $31.4 billion in Q2, and we expect that amount to be reasonably representative of our "
         "quarterly investment rate for the remainder of the year.", "2025-07-31",
         [("Q3-2025", 31_400_000_000, "approximately"), ("Q4-2025", 31_400_000_000, "approximately")]),
        ("The tech giant's capital expenditures in the second quarter totaled $13 billion, and its spending for the "
         "rest of 2024 is expected to reach about $12 billion quarterly.", "2024-07-24",
         [("Q3-2024", 12 * B, "approximately"), ("Q4-2024", 12 * B, "approximately")]),
        # a total for the rest of the year (and for aircraft only) is not a quarterly level
        ("It has allocated up to $3 billion in capital expenditure on aircraft for the remainder of the year.",
         "2025-07-24", []),
        # the release for the fourth quarter has no quarter of the year left
        ("We expect quarterly capex for the rest of the year to be about $12 billion.", "2025-01-30", []),
    ],
)  # fmt: skip
def test_one_quarterly_level_for_the_rest_of_the_year(text, filed, want):
    got = [(g.period, g.value_usd, g.qualifier) for g in extract_guidance(text, date.fromisoformat(filed)) if g.numeric]
    assert got == want

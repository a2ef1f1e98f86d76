-- What a release sentence says about the outlook it replaces ("$66-72 billion, up from our prior
-- outlook of $64-72 billion"): the alert's verb and its "(was …)" come from the company's own
-- words when it states them, else from the guidance stored before (commands/alert_text.py).
ALTER TABLE figures ADD COLUMN stated_revision TEXT NOT NULL DEFAULT '';  -- raised | lowered | narrowed | widened | reiterated | ''
ALTER TABLE figures ADD COLUMN stated_prior_low_usd INTEGER;              -- the prior outlook the sentence states
ALTER TABLE figures ADD COLUMN stated_prior_high_usd INTEGER;

-- Direction-only outlook notes an alert reports when they are a release's only news (no new
-- figure): written with the notes, in the same transaction (storage/alerts.py).
CREATE TABLE alert_event_notes (
    event_id INTEGER NOT NULL REFERENCES alert_events(id) ON DELETE CASCADE,
    note_id INTEGER NOT NULL REFERENCES outlook_notes(id),
    PRIMARY KEY (event_id, note_id)
) WITHOUT ROWID;

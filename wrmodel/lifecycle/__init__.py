"""The life-cycle layer: transitions, events between snapshots, watching, summaries."""

"""The wire layer: JSON text and JSON-ready data to and from the models, in three styles."""

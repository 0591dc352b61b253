"""The models layer: frozen attrs value objects, their enums and families; no JSON here."""

"""Models of the feature areas, beside the registry in app/store/models.py (same Base)."""

"""A fake SvarInn (placeholder until the SvarInn client lands in this branch)."""

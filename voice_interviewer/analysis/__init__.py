"""Delivery analysis: pure functions over a Transcript (and, where it helps, the audio)."""

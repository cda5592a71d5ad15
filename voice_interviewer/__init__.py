"""voice-interviewer: a local-first, voice-driven mock interviewer."""

__version__ = "0.1.0"

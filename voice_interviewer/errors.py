"""Domain exceptions.

Stages raise these with a message written for the user (what went wrong and how to fix it);
only the CLI edge turns them into a one-line error and an exit code.
"""


class VoiceInterviewerError(Exception):
    """Base class: a problem the user can act on. The message is shown as is."""


class AudioInputError(VoiceInterviewerError):
    """An input recording is missing, unreadable, corrupt or truncated."""


class NoSpeechError(VoiceInterviewerError):
    """The audio holds no speech."""


class ModelError(VoiceInterviewerError):
    """A speech-recognition model cannot be found, verified or loaded."""


class ConfigError(VoiceInterviewerError):
    """The configuration file, an environment variable or a flag is invalid."""


class TranscriptFileError(VoiceInterviewerError):
    """A --transcript file is missing, unreadable or holds no words."""

"""The audio stage: sound in and out of the machine.

Takes recordings on disk (any format FFmpeg reads), microphones and speakers; gives 16 kHz mono
float32 samples (decode.py), an answer recorded to a WAV that is always valid on disk
(recording.py, ended by Enter, silence, the time limit or Ctrl-C), spoken questions (speech.py,
local text to speech) and the devices to use (devices.py). vad.py tells speech from silence for
both the recorder and the transcriber, and voicing.py hears a voice's pitch where Silero misses
weak speech (and where filled pauses hide between words).
"""

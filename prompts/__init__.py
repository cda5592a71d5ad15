"""The prompts, question bank and example scripts of voice-interviewer: data, no code.

The folder stays at the top of the repository; the build installs it as the package
voice_interviewer.prompts (pyproject.toml) and voice_interviewer/resources.py finds it with
importlib.resources. This file makes the folder a package: an editable install's import hook
finds a package by its __init__.py.
"""

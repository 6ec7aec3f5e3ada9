"""The explainer's pipeline: validated data (model/, dataset.py) -> Markdown pages (render/, site.py, build.py).

`python -m macros render` writes the whole site as plain Markdown into build/docs/, which MkDocs (or Zensical)
then builds. Nothing here imports MkDocs except hooks.py, the thin MkDocs hook that runs the render step.
"""

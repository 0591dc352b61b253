"""The optional compiled timestamps (``wrmodel/_stamp.c``); everything else is in pyproject.toml.

Built where a C compiler is present; where it is not (or the build fails), the package
installs without it and runs its pure-Python timestamps, as MarkupSafe ships its speedups.
"""

from setuptools import Extension, setup

setup(ext_modules=[Extension("wrmodel._stamp", ["wrmodel/_stamp.c"], optional=True)])

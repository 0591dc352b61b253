import doctest
import pathlib
import re

ROOT = pathlib.Path(__file__).parent.parent
README = ROOT / "README.md"
NAV = re.compile(r"^  - [^:]+: (\S+\.md)$", re.MULTILINE)
#: The README, then the documentation's pages in the order of the site's navigation: the
#: examples go on from one page to the next.
PAGES = [
    README,
    *(
        ROOT / "docs" / name
        for name in re.findall(
            r"^  - [^:]+: (\S+\.md)$", (ROOT / "mkdocs.yml").read_text(), re.MULTILINE
        )
    ),
]


def blocks(language: str, pages: list[pathlib.Path] = PAGES) -> list[str]:
    """The code blocks in ``language`` of the README and the documentation, in order."""
    pattern = rf"^```{language}\n(.*?)^```$"
    return [b for p in pages for b in re.findall(pattern, p.read_text(), re.DOTALL | re.MULTILINE)]


class TestReadme:
    def test_tour_runs(self):
        """Every pycon block of the README and the docs runs and prints what it shows, in order."""
        # docs/pydantic.md's examples need its service: tests/test_pydantic.py runs that page.
        text = "\n".join(blocks("pycon", [p for p in PAGES if p.name != "pydantic.md"]))
        assert text.count(">>>") > 20
        parser = doctest.DocTestParser()
        test = parser.get_doctest(text, {}, "README.md", str(README), 0)
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        runner.run(test)
        assert runner.failures == 0, f"{runner.failures} example(s) failed, see output"
        assert len(PAGES) > 10

    def test_quick_start_has_two_commands(self):
        """The quick start is exactly two commands: the demo and the tests."""
        quick = README.read_text().split("## Quick start")[1].split("##")[0]
        [commands] = re.findall(r"```sh\n(.*?)```", quick, re.DOTALL)
        lines = commands.strip().splitlines()
        assert len(lines) == 2
        assert lines[0].endswith("wrmodel demo")
        assert lines[1].endswith("-m pytest")

    def test_console_examples(self):
        """Each console example prints what the README shows (stdout, then stderr)."""
        import os
        import subprocess
        import sys

        bin_dir = pathlib.Path(sys.executable).parent
        env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
        examples = blocks("console")
        assert examples
        for block in examples:
            command, *expected = block.rstrip("\n").split("\n")
            assert command.startswith("$ ")
            result = subprocess.run(
                ["/bin/bash", "-c", command[2:]],
                capture_output=True,
                text=True,
                env=env,
                check=False,
            )
            assert (result.stdout + result.stderr).splitlines() == expected

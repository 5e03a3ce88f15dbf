"""The ``newsweave`` command line. Bad input: one line on stderr naming the file, exit code 2."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from .console import warn as _warn

from . import __version__
from .errors import InputError

EXIT_BAD_INPUT = 2




def _fail(msg: str, code: int = EXIT_BAD_INPUT):
    click.echo(f"newsweave: error: {msg}", err=True)
    sys.exit(code)


def _write(briefing: dict, output: str | None, fmt: str | None) -> None:
    from .render import format_for_path, render

    if fmt is None and output and output != "-":
        fmt = format_for_path(output)
        if fmt is None:
            _fail(f"{output}: cannot tell the format from the suffix; use --format json|md|html")
    fmt = fmt or "md"
    text = render(briefing, fmt)
    if output and output != "-":
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            _fail(f"{output}: cannot write ({exc.strerror or exc})")
    else:
        click.echo(text, nl=not text.endswith("\n"))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsweave")
def cli():
    """newsweave: many news reports about one story -> one briefing where every item is cited."""


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option("-o", "--output", help="Write here (format from the suffix: .json .md .html). Default: Markdown on stdout.")
@click.option("--format", "fmt", type=click.Choice(["json", "md", "html"]), help="Output format.")
@click.option("--max-words", type=click.IntRange(min=1), help="Summary length limit in words (default 200).")
@click.option("--max-bytes", type=click.IntRange(min=1), help="Summary length limit in bytes (UTF-8).")
@click.option("--gazetteer", type=click.Path(dir_okay=False), help="Extra places (TSV: name, lat, lon, country, alternates), tried before the built-in gazetteer.")
@click.option("--db", type=click.Path(dir_okay=False),
              help="Brief a story of this archive (with --story) instead of INPUT...; stored analyses are reused.")
@click.option("--story", type=int, metavar="ID", help="The story to brief (ids: `newsweave stories --db ...`).")
def brief(inputs, output, fmt, max_words, max_bytes, gazetteer, db, story):
    """Brief INPUT... (.txt .html .jsonl .json files, directories, or - for JSONL on stdin),
    or one story of an archive: --db news.db --story ID."""
    from .pipeline import brief as run, brief_stored

    if max_words and max_bytes:
        _fail("use either --max-words or --max-bytes, not both")
    if max_words is None and max_bytes is None:
        max_words = 200
    if db is not None or story is not None:
        if inputs:
            _fail("give either INPUT... or --db with --story, not both")
        if db is None or story is None:
            _fail("--db and --story go together (brief --db news.db --story ID)")
        briefing = brief_stored(db, story, max_words=max_words, max_bytes=max_bytes, gazetteer=gazetteer,
                                warn=_warn)
    elif not inputs:
        _fail("missing INPUT... (files, directories, - for stdin) or --db with --story")
    else:
        briefing = run(list(inputs), stdin=sys.stdin if "-" in inputs else None, max_words=max_words,
                       max_bytes=max_bytes, gazetteer=gazetteer, warn=_warn)
    _write(briefing, output, fmt)
    if output and output != "-":
        click.echo(f"wrote {output}", err=True)


@cli.command()
@click.option("-o", "--output", "outdir", default=".", type=click.Path(file_okay=False),
              help="Folder for briefing.html and briefing.json (default: the current folder).")
def demo(outdir):
    """Brief the bundled sample story: writes briefing.html and briefing.json."""
    from .pipeline import brief as run, sample_inputs
    from .render import render

    inputs, gazetteer = sample_inputs()
    briefing = run(inputs, gazetteer=gazetteer, warn=_warn)
    out = Path(outdir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        html_path, json_path = out / "briefing.html", out / "briefing.json"
        html_path.write_text(render(briefing, "html"), encoding="utf-8")
        json_path.write_text(render(briefing, "json"), encoding="utf-8")
    except OSError as exc:
        _fail(f"{outdir}: cannot write ({exc.strerror or exc})")
    story = briefing["story"]
    click.echo(f"{story['title']}")
    click.echo(f"{len(briefing['documents'])} articles from {len(story['sources'])} outlets, "
               f"{story['start']} to {story['end']}")
    click.echo(f"{len(briefing['quotes'])} quotes, {len(briefing['figures'])} figures, "
               f"{len(briefing['events'])} timeline entries, {len(briefing['disputes'])} disputes, "
               f"{len(briefing['places'])} places, {len(briefing['entities'])} entities")
    click.echo("")
    for s in briefing["summary"][:3]:
        click.echo(f"  - {s['text']}")
    click.echo("")
    click.echo(f"report: {html_path.resolve()}")
    click.echo(f"data:   {json_path.resolve()}")


# Commands of later stages, each in its own module.
from .commands_archive import COMMANDS as _ARCHIVE  # noqa: E402
from .commands_cluster import cluster as _cluster  # noqa: E402
from .commands_time import dates as _dates, timeline as _timeline  # noqa: E402

for _command in (_dates, _timeline, _cluster, *_ARCHIVE):
    cli.add_command(_command)


def main(argv=None):
    """Console entry point: usage and input errors exit 2 with one line, never a traceback."""
    try:
        cli.main(args=argv, prog_name="newsweave", standalone_mode=False)
    except click.exceptions.Abort:
        _fail("aborted", 130)
    except click.ClickException as exc:
        _fail(exc.format_message(), exc.exit_code if exc.exit_code else EXIT_BAD_INPUT)
    except InputError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # an internal bug: still one line, unless asked for the traceback
        if os.environ.get("NEWSWEAVE_DEBUG"):
            raise
        _fail(f"internal error: {type(exc).__name__}: {exc} (set NEWSWEAVE_DEBUG=1 for a traceback)", 1)
    sys.exit(0)


if __name__ == "__main__":  # pragma: no cover
    main()

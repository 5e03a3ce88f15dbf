"""How every command talks to the user on stderr: ``newsweave: warning: ...`` lines."""

import click


def warn(msg: str) -> None:
    click.echo(f"newsweave: warning: {msg}", err=True)

"""Errors a user can act on: one line naming the input and the problem."""


class InputError(Exception):
    """Bad input. ``str()`` gives ``"<where>: <problem>"``; the CLI prints it and exits 2."""

    def __init__(self, where: str, problem: str):
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem

"""The operator side panel (PySide6).

The Qt layer is deliberately thin: widgets show state and forward the operator's
actions to :mod:`assistdesk.ui.session`, which talks to the core (engine, composer, live
call) and the store. No business rules and no SQL live in a widget.
"""

"""The film stage: one loop over shots for every way a film is made.

`takes` builds the shot jobs in film order (each scene simulated once), `loop.draw` finishes a
shot's frames with their transitions, `render.render` turns shots into cached or temporary
segments and remuxes them into the MP4, `loop.picked_frames` draws the few frames a
storyboard or contact sheet needs, and `executor` says where shot work runs. Import the
modules themselves (`kinema.film.render` ...): this package stays light so that backends can
import `kinema.film.job` without loading the loop.
"""

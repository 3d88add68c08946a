"""Chinese sentences as a first-time user types them, read wrong by how they were cut or parsed
(session 27, helper wzhp21).

Found by a probe of prompts written natively (tests/data/probe_zh_s27.yaml) and by its forms. Each
kind has the given case and unseen ones of the same kind; the negative cases must not change.

- A request for the film (帮我做一个…的视频, 给我来一段…, 我想看…, 能不能做一个…的视频？) asks the
  film-maker: the one who asks (我, 你) is no one in the film and the video no videocassette.
- 儿 after a word is its 儿化 ending (花儿, 门口儿, 老头儿): no child.
- 老 and a surname (老王, 老李, 老刘) is someone called by name, as 小明 is.
- A familiar name before a verb and its aspect particle (小红拿着雨伞, 小刚背着书包) is someone.
- A count and a measure word jieba glued to the thing (一束花) are cut from it: the thing is cast.
- A verb-object word whose verb catches (捕鱼) shows what is caught, as "catches fish" does.
"""

from __future__ import annotations

from collections import Counter

import pytest

from kinema.plan.director import plan
from kinema.plan.life import background
from kinema.screenplay.model import Archetype


def _cast(prompt: str) -> Counter[str]:
    return Counter(m.name.en for m in plan(prompt).screenplay.cast if not background(m.id))


def _people(prompt: str) -> int:
    return sum(m.archetype == Archetype.HUMAN for m in plan(prompt).screenplay.cast if not background(m.id))


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("帮我做一个小狗和小猫一起在草地上打滚的视频。", {"dog", "cat"}),  # given
    ("帮我做一个熊猫吃竹子的视频。", {"panda"}),
    ("给我来一段小猫追蝴蝶的视频。", {"cat", "butterfly"}),
    ("能不能做一个宇航员在月球上跳舞的视频？", {"astronaut"}),
    ("我想看一只老鹰抓兔子。", {"eagle", "rabbit"}),
    ("我要看恐龙在森林里奔跑。", {"t-rex"}),
    ("请帮我制作一个机器人做饭的短视频。", {"robot"}),
    ("生成视频：一只老虎在河边喝水。", {"tiger"}),
    ("你能帮我做个视频吗？一条鲸鱼在大海里游泳。", {"whale"}),
    ("我希望看到一只狐狸在雪地里跳舞。", {"fox"}),
    ("请展示一艘飞船降落在火星上。", {"rocket"}),
])
def test_a_request_for_the_film_casts_no_asker_and_no_video(prompt: str, wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= set(cast), cast
    assert "videocassette" not in cast, cast
    assert "person" not in cast, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("我在公园里跑步。", {"person"}),  # negative: I am in the film
    ("我想吃苹果。", {"person", "red apple"}),
    ("我看着窗外的雨发呆。", {"person"}),
    ("妈妈给我买了一个气球。", {"woman", "balloon"}),
    ("我画了一只猫。", {"person", "cat"}),
    ("我看到一只猫在屋顶上。", {"person", "cat"}),
    ("我要做一个蛋糕。", {"person", "birthday cake"}),
])
def test_the_first_person_in_the_film_is_still_cast(prompt: str, wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= set(cast), cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("山脚下有一条小河，河边开满了黄色的小花儿。", {"flower"}),  # given
    ("一朵花儿开在石头缝里。", {"flower"}),
    ("小狗在门口儿等主人回家。", {"dog"}),
    ("那个老头儿在下象棋。", {"old man"}),
    ("一只鸟儿落在窗台上。", {"bird"}),
])
def test_er_after_a_word_is_no_child(prompt: str, wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= set(cast), cast
    assert "child" not in cast, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("女儿在画画。", "girl"),  # negative: 儿 in a word of its own
    ("婴儿在睡觉。", "baby"),
    ("儿子在踢球。", "boy"),
    ("一个小孩儿在哭。", "child"),
])
def test_er_in_a_word_still_names_its_child(prompt: str, wanted: str) -> None:
    assert wanted in _cast(prompt), _cast(prompt)


@pytest.mark.parametrize(("prompt", "people"), [
    ("老王和老李在公园里下棋。", 2),
    ("我和老刘去爬山。", 2),
    ("老张骑着自行车去上班。", 1),
    ("老陈在河边钓鱼。", 1),
])
def test_lao_and_a_surname_is_someone(prompt: str, people: int) -> None:
    assert _people(prompt) == people, _cast(prompt)


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("一匹老马在吃草。", "horse"),  # negative: 老 before a creature describes it
    ("老虎在树下睡觉。", "tiger"),
    ("老鼠偷吃了奶酪。", "mouse"),
])
def test_lao_before_a_creature_is_still_the_creature(prompt: str, wanted: str) -> None:
    cast = _cast(prompt)
    assert wanted in cast, cast
    assert _people(prompt) == 0, cast


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("小红拿着雨伞去上学。", "umbrella"),
    ("小刚背着书包去上学。", "backpack"),
    ("小丽抱着一只小猫。", "cat"),
])
def test_a_familiar_name_before_a_verb_with_its_particle_is_someone(prompt: str, wanted: str) -> None:
    cast = _cast(prompt)
    assert wanted in cast, cast
    assert _people(prompt) == 1, cast


def test_a_familiar_name_before_a_thing_still_describes_it() -> None:
    # (红花 reads as a herb, safflower: a word's meaning; no one is named)
    assert _people("桌上放着一朵小红花。") == 0, _cast("桌上放着一朵小红花。")


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("有个小伙子手里还捧着一束花。", "flower"),  # given: 一束花 kept whole by jieba
    ("她抱着一束花跑了过来。", "flower"),
])
def test_a_count_glued_to_its_thing_is_cut(prompt: str, wanted: str) -> None:
    assert wanted in _cast(prompt), _cast(prompt)


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("很久以前，一个老渔夫划着木船在江上捕鱼。", {"fish"}),  # given
    ("一只猫在河边捕鱼。", {"cat", "fish"}),
    ("老鹰在湖面上捕鱼。", {"eagle", "fish"}),
])
def test_what_is_caught_is_seen(prompt: str, wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= set(cast), cast


def test_fishing_still_casts_no_fish() -> None:
    assert "fish" not in _cast("他在河边钓鱼。"), _cast("他在河边钓鱼。")


@pytest.mark.parametrize(("prompt", "key", "count"), [
    ("一只黑猫和一只白猫在屋顶上打架，黑猫把白猫推了下去。", "cat", 2),
    ("桌子上放着一个生日蛋糕，蛋糕上插着6根蜡烛。", "birthday cake", 1),
    ("院子里种着一棵苹果树，树上结满了红红的苹果。", "tree", 1),
    ("河边有一座小房子，房子旁边有一棵大柳树。", "house", 1),
    ("A birthday cake sits on the table, and the cake has six candles on it.", "birthday cake", 1),
    ("A black cat and a white cat fight on the roof, and the black cat pushes the white cat off.", "cat", 2),
])
def test_a_thing_said_again_in_its_clause_is_that_one(prompt: str, key: str, count: int) -> None:
    assert _cast(prompt)[key] == count, _cast(prompt)


@pytest.mark.parametrize(("prompt", "key", "count"), [
    ("一只大狗和一只小狗在草地上玩。", "dog", 2),  # negative: told apart by size
    ("一只黑猫和一只猫在睡觉。", "cat", 2),  # by colour, and counted
    ("两只猫在沙发上睡觉。", "cat", 2),
    ("A cat chases another cat.", "cat", 2),
    ("A frigate chases a pirate ship.", "ship", 2),
])
def test_things_told_apart_stay_several(prompt: str, key: str, count: int) -> None:
    assert _cast(prompt)[key] == count, _cast(prompt)


@pytest.mark.parametrize(("prompt", "key", "count"), [
    ("第一只小猪盖了草房子，第二只小猪盖了木房子。", "pig", 2),
    ("第一个男孩跑得很快，第二个男孩跑得很慢。", "boy", 2),
    ("第一辆车是红色的，第二辆车是蓝色的，第三辆车是白色的。", "car", 3),
    ("The first pig builds a straw house and the second pig builds a wooden house.", "pig", 2),
])
def test_a_thing_told_by_its_ordinal_is_another(prompt: str, key: str, count: int) -> None:
    cast = _cast(prompt)
    assert cast[key] == count, cast
    assert "person" not in cast, cast  # (第一 "first" is no one)


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("她买了一条裙子。", {"woman", "dress"}),
    ("妈妈把衬衫晾在阳台上。", {"woman", "t-shirt"}),
    ("他给儿子买了一顶帽子。", {"man", "boy", "hat"}),
    ("她给女儿改了一条红裙子。", {"woman", "girl", "dress"}),
])
def test_a_garment_handled_is_filmed(prompt: str, wanted: set[str]) -> None:
    cast = _cast(prompt)
    assert wanted <= set(cast), cast


@pytest.mark.parametrize("prompt", ["他穿着一件白衬衫。", "一个穿红裙子的小女孩在跳舞。"])
def test_a_coloured_garment_worn_still_dresses_its_wearer(prompt: str) -> None:
    assert _people(prompt) == 1 and len(_cast(prompt)) == 1, _cast(prompt)


@pytest.mark.parametrize(("prompt", "wanted"), [
    ("星星一闪一闪的。", "star"),  # refused before: the sky's bodies alone, no verb the tables read
    ("一轮明月。", "moon"),
])
def test_the_sky_alone_is_no_refusal(prompt: str, wanted: str) -> None:
    assert any(wanted in key for key in _cast(prompt)), _cast(prompt)


@pytest.mark.parametrize(("prompt", "key"), [
    ("一伙强盗骑着马冲进了村子。", "person"),  # as "a gang of robbers" is several
    ("一帮孩子在河边捉螃蟹。", "child"),
    ("狗窝里有一窝小狗。", "dog"),
])
def test_a_collective_measure_word_counts_several(prompt: str, key: str) -> None:
    assert _cast(prompt)[key] >= 3, _cast(prompt)


def test_help_is_still_a_verb() -> None:
    assert _people("小明帮妈妈洗碗。") == 2, _cast("小明帮妈妈洗碗。")

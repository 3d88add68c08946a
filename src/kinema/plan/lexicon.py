"""Words for setting, action, colour, count and camera, in English and Chinese."""

from __future__ import annotations

from kinema.screenplay.model import Place, ShotSize, TimeOfDay, Verb, Weather

# (word, weight): when several places are named, the heaviest wins ("mountain road" is a road).
PLACES: dict[Place, tuple[tuple[str, int], ...]] = {
    Place.MOUNTAINS: (("mountain", 1), ("mountains", 1), ("mountain top", 2), ("mountaintop", 2),
                      ("peak", 2), ("summit", 2), ("hill", 1), ("hills", 1), ("cliff", 1), ("valley", 1),
                      ("山", 1), ("山顶", 2), ("山上", 2), ("山峰", 2), ("高山", 2), ("峰顶", 2), ("悬崖", 1),
                      ("山间", 2), ("山谷", 1)),
    Place.ROAD: (("road", 4), ("dirt road", 4), ("highway", 4), ("mountain road", 4), ("track", 1),
                 ("路", 2), ("赛道", 2), ("公路", 4), ("山路", 4), ("土路", 4), ("马路", 4), ("高速公路", 4)),
    Place.CITY: (("city", 2), ("downtown", 2), ("town", 2), ("neon", 1), ("skyscraper", 2),
                 ("城市", 2), ("都市", 2), ("城里", 2), ("霓虹灯", 1), ("霓虹", 1), ("市中心", 2)),
    Place.STREET: (("street", 3), ("alley", 3), ("sidewalk", 3), ("街", 3), ("街道", 3), ("街头", 3),
                   ("小巷", 3),
                   # a skate park is paved ground, a street's, not a plain's grass
                   ("skate park", 2), ("skatepark", 2), ("滑板公园", 2)),
    Place.FOREST: (("forest", 3), ("woods", 3), ("jungle", 3), ("森林", 3), ("树林", 3), ("丛林", 3),
                   ("bamboo forest", 3), ("竹林", 3), ("林间", 3)),
    Place.BEACH: (("beach", 3), ("sea", 2), ("seaside", 3), ("shore", 3), ("ocean", 2), ("coast", 3),
                  ("海滩", 3), ("沙滩", 3), ("海边", 3), ("大海", 2), ("海", 2), ("海岸", 3),
                  ("海面", 2), ("海上", 2), ("harbour", 2), ("harbor", 2), ("marina", 2), ("港口", 2),
                  ("码头", 2),
                  # Lakes and rivers: the painted water with a shore is the beach's (no river painter).
                  ("lake", 2), ("lakeside", 3), ("lakeshore", 3), ("river", 2), ("riverside", 3),
                  ("riverbank", 3), ("river bank", 3), ("湖", 2), ("湖边", 3), ("湖泊", 2), ("湖面", 2),
                  ("湖上", 2), ("湖畔", 3), ("河", 2), ("河边", 3), ("河岸", 3), ("河畔", 3), ("河流", 2),
                  ("小河", 2), ("江", 2), ("江边", 3), ("江面", 2), ("小溪", 2), ("溪边", 3)),
    Place.DESERT: (("desert", 3), ("dunes", 3), ("沙漠", 3), ("沙丘", 3)),
    Place.SNOWFIELD: (("snowfield", 3), ("snowy field", 3), ("tundra", 3), ("雪地", 3), ("雪原", 3),
                      ("冰天雪地", 3), ("冰原", 3)),
    Place.SPACE: (("space", 3), ("outer space", 3), ("solar system", 3), ("orbit", 3), ("galaxy", 3),
                  ("太空", 3), ("宇宙", 3), ("太阳系", 3), ("外太空", 3), ("星际", 3), ("轨道", 2),
                  # jupiter: the space painter's backdrop, not a prop on the ground
                  ("jupiter", 1), ("木星", 1)),
    Place.UNDERWATER: (("underwater", 4), ("under water", 4), ("seabed", 4), ("deep sea", 4), ("reef", 4),
                       ("水下", 4), ("海底", 4), ("水里", 4), ("水中", 4)),
    Place.ROOM: (("room", 2), ("bedroom", 2), ("living room", 2), ("indoors", 2),
                 ("房间", 2), ("屋里", 2), ("室内", 2), ("卧室", 2), ("客厅", 2),
                 ("kitchen", 2), ("厨房", 2), ("家里", 2),
                 # Rooms people name, dressed by plan/dressing.py (a stage's microphone, a café's chairs).
                 ("stage", 2), ("舞台", 2), ("concert hall", 2), ("音乐厅", 2), ("cafe", 2), ("café", 2),
                 ("coffee shop", 2), ("咖啡馆", 2), ("咖啡厅", 2), ("咖啡店", 2), ("library", 2), ("图书馆", 2),
                 ("office", 2), ("办公室", 2), ("bathroom", 2), ("浴室", 2), ("卫生间", 2), ("classroom", 2),
                 ("教室", 2), ("restaurant", 2), ("餐厅", 2), ("fireplace", 2), ("壁炉", 2), ("火炉", 1)),
    Place.RING: (("ring", 4), ("boxing ring", 4), ("arena", 3), ("擂台", 4), ("拳台", 4), ("拳击台", 4)),
    Place.WALL: (("wall", 3), ("building", 2), ("facade", 3), ("墙", 3), ("墙上", 3), ("墙壁", 3),
                 ("楼", 2), ("大楼", 2), ("window", 3), ("windows", 3), ("窗户", 3), ("窗", 3),
                 ("窗台", 3), ("windowsill", 3), ("window sill", 3), ("ledge", 2)),
    Place.PLAIN: (("plain", 2), ("plains", 2), ("grassland", 2), ("meadow", 2), ("field", 1),
                  ("prairie", 2), ("park", 1), ("pond", 1), ("playground", 2),
                  ("草原", 2), ("平原", 2), ("草地", 2), ("田野", 2),
                  ("公园", 1), ("池塘", 1), ("田里", 2),
                  ("操场", 2), ("farm", 2), ("farmyard", 2), ("农场", 2), ("农庄", 2), ("garden", 1),
                  ("花园", 1), ("backyard", 1), ("后院", 1), ("campsite", 2), ("营地", 2), ("露营", 1)),
}

TIMES: dict[TimeOfDay, tuple[str, ...]] = {
    TimeOfDay.NIGHT: ("night", "moonlit", "moonlight", "midnight", "moon", "stars", "starry", "evening",
                      "夜", "夜里", "夜晚", "月夜", "晚上", "深夜", "午夜", "月光", "月亮", "星空", "夜空"),
    TimeOfDay.DAWN: ("dawn", "sunrise", "daybreak", "morning", "黎明", "清晨", "日出", "早晨", "拂晓"),
    TimeOfDay.SUNSET: ("sunset", "dusk", "twilight", "golden hour", "黄昏", "日落", "傍晚", "夕阳"),
    TimeOfDay.DAY: ("day", "daytime", "noon", "sunny", "afternoon", "in the sun", "sunshine", "白天", "中午",
                    "午后", "阳光", "白昼"),
}

WEATHER: dict[Weather, tuple[str, ...]] = {
    Weather.RAIN: ("rain", "rainy", "raining", "storm", "drizzle",
                    "雨", "下雨", "雨中", "大雨", "小雨", "暴雨", "雨天", "下雨天"),
    Weather.SNOW: ("snow", "snowy", "snowing", "blizzard",
                   "雪", "下雪", "大雪", "飘雪", "暴风雪", "雪中", "雪天"),
    Weather.FOG: ("fog", "foggy", "mist", "misty", "haze", "雾", "大雾", "薄雾", "雾中"),
    Weather.WIND: ("wind", "windy", "gale", "breeze", "风", "大风", "狂风", "刮风", "狂风大作"),
    Weather.CLEAR: ("clear", "晴", "晴朗", "晴天"),
}

# What the words mean, before the world's verbs: kept so that substitutions can be reported.
ACTIONS: dict[str, tuple[str, ...]] = {
    "howl": ("howl", "howls", "howling", "bay", "嚎", "嚎叫", "狼嚎", "长嚎", "嗥叫"),
    "look": ("look", "looks", "looking", "gaze", "gazes", "stare", "stares", "watch", "watches",
             "望", "看", "望向", "看着", "凝视", "眺望", "注视", "仰望"),
    "walk": ("walk", "walks", "walking", "stroll", "strolls", "wander", "wanders", "stride",
             "waddle", "waddles",
             "走", "走路", "行走", "散步", "漫步", "走过", "步行", "走来走去"),
    "run": ("run", "runs", "running", "sprint", "sprints", "dash", "dashes", "race", "races", "gallop",
            "gallops", "scamper", "scampers", "rush", "rushes",
            "跑", "奔跑", "跑步", "飞奔", "狂奔", "奔跑着", "赛跑", "奔腾"),
    "drive": ("drive", "drives", "driving", "speed", "speeds", "speeding", "zoom", "zooms",
              "飞驰", "行驶", "疾驰", "开车", "驶过", "奔驰"),
    "jump": ("jump", "jumps", "jumping", "leap", "leaps", "leaping", "hop", "hops", "bound",
             "跳", "跳到", "跳跃", "跃", "跃起", "跳过", "跳起"),
    "fly": ("fly", "flies", "flying", "soar", "soars", "hover", "hovers", "circle", "circles", "flutter",
            "flutters", "float", "floats", "glide", "glides",
            "飞", "飞翔", "飞行", "飞过", "穿过", "翱翔", "飞舞", "盘旋", "漂浮", "滑翔"),
    "swim": ("swim", "swims", "swimming", "drift", "drifts", "游", "游泳", "游动", "游来游去"),
    "sail": ("sail", "sails", "sailing", "航行", "驶向", "行船"),
    "ride": ("ride", "rides", "riding", "骑", "骑着", "骑车"),
    "chase": ("chase", "chases", "chasing", "pursue", "pursues", "追", "追赶", "追逐"),
    "flee": ("flee", "flees", "fleeing", "escape", "escapes", "逃", "逃跑", "逃离"),
    "fight": ("fight", "fights", "fighting", "box", "boxing", "spar", "spars", "对打", "打架", "搏斗",
              "打拳", "练拳",
              "打斗", "格斗", "拳击"),
    "punch": ("punch", "punches", "hit", "hits", "strike", "strikes", "一拳", "打", "击中", "出拳"),
    "knead": ("knead", "kneads", "kneading", "踩奶", "揉"),
    "stand": ("stand", "stands", "standing", "wait", "waits", "rest", "perch", "perches",
              "站", "站在", "等待", "休息", "蹲", "栖息"),
    "eat": ("eat", "eats", "eating", "graze", "grazes", "munch", "munches", "nibble", "nibbles", "drink",
            "drinks", "sip", "sips", "吃", "吃草", "吃饭", "喝", "啃", "进食", "吃东西"),
    "sleep": ("sleep", "sleeps", "sleeping", "nap", "naps", "doze", "dozes", "asleep", "睡觉", "睡", "睡着",
              "打盹", "午睡", "熟睡"),
    "sit": ("sit", "sits", "sitting", "seated", "坐", "坐在", "坐着", "坐下"),
    "lie": ("lie down", "lies down", "lying", "lies", "躺", "躺着", "躺在", "趴着"),
    "wave": ("wave", "waves", "waving", "挥手", "招手", "挥舞"),
    "celebrate": ("celebrate", "celebrates", "celebrating", "cheer", "cheers", "cheering", "庆祝", "欢呼",
                  "庆贺"),
    "kick": ("kick", "kicks", "kicking", "踢", "踢球", "射门"),
    "throw": ("throw", "throws", "throwing", "toss", "tosses", "扔", "投", "抛", "投掷", "扔出"),
    "catch": ("catch", "catches", "catching", "接住", "抓住", "接球"),
    "climb": ("climb", "climbs", "climbing", "爬", "攀登", "攀爬", "爬上"),
    "roll": ("roll", "rolls", "rolling", "tumble", "tumbles", "滚", "打滚", "翻滚", "滚动"),
    "shake": ("shake", "shakes", "shaking", "shake off", "shakes off", "抖", "抖落", "甩", "抖动"),
    "sneak": ("sneak", "sneaks", "sneaking", "creep", "creeps", "tiptoe", "tiptoes", "prowl", "prowls",
              "潜行", "悄悄", "蹑手蹑脚", "溜"),
    "dive": ("dive", "dives", "diving", "plunge", "plunges", "跳水", "潜水", "俯冲"),
    "tai_chi": ("tai chi", "taichi", "太极", "太极拳", "打太极", "打太极拳"),
    "release": ("release", "releases", "let go", "lets go", "let go of", "lets go of", "放飞", "松开", "放开"),
    "spray": ("spray", "sprays", "spraying", "hose", "hoses", "喷", "喷水", "喷射", "喷洒"),
    "breathe_fire": ("breathe fire", "breathes fire", "breathing fire", "spits fire", "喷火", "吐火"),
    "burn": ("burn", "burns", "burning", "on fire", "ablaze", "燃烧", "着火", "烧", "起火", "失火"),
    "melt": ("melt", "melts", "melting", "融化", "熔化", "融"),
    "explode": ("explode", "explodes", "exploding", "blow up", "blows up", "爆炸", "炸开"),
    "launch": ("launch", "launches", "lift off", "lifts off", "take off", "takes off", "blast off",
               "blasts off", "发射", "升空", "起飞"),
    "land": ("land", "lands", "landing", "touch down", "touches down", "降落", "着陆", "落地"),
    "leave": ("leave", "leaves", "leaving", "depart", "departs", "离开", "飞离", "远离"),
    "ignite": ("ignite", "ignites", "igniting", "fire up", "点火", "点燃", "启动"),
    "burst": ("burst", "bursts", "scatter", "scatters", "散开", "破碎"),
    "reassemble": ("reassemble", "reassembles", "regroup", "聚成", "重新聚成", "聚合", "重组"),
    "fall": ("fall", "falls", "falling", "drop", "drops", "trip", "trips", "slip", "slips", "掉", "落下",
             "坠落", "摔倒", "跌倒", "摔"),
    "pounce": ("pounce", "pounces", "扑", "扑向", "猛扑"),
    "dance": ("dance", "dances", "dancing", "跳舞", "舞蹈", "起舞", "跳着舞", "舞动"),
    "follow": ("follow", "follows", "following", "跟着", "跟随", "尾随", "跟在"),
    "approach": ("approach", "approaches", "approaching", "走近", "靠近", "接近", "走到"),
    # People's actions composed in motions.py (each meaning is its verb). Only the common
    # words are here; the open vocabulary reaches the rest through WordNet hypernyms and CC-CEDICT.
    "play": ("play", "plays", "playing", "玩", "演奏", "弹奏", "弹"),  # an instrument named picks the motion
    "march": ("march", "marches", "marching", "行进", "齐步走", "正步", "踏步", "游行"),
    "jog": ("jog", "jogs", "jogging", "慢跑"),
    "skateboard": ("skateboarding", "滑滑板", "玩滑板"),
    "ski": ("ski", "skiing", "snowboarding", "滑雪"),
    "skate": ("skate", "skating", "ice skating", "ice-skating", "roller skating", "滑冰", "溜冰",
              "轮滑", "旱冰"),
    "surf": ("surf", "surfs", "surfing", "冲浪"),
    "clap": ("clap", "claps", "clapping", "applaud", "applauds", "applauding", "鼓掌", "拍手"),
    "strum": ("strum", "strums", "strumming", "弹吉他", "弹琴"),
    "play_violin": ("fiddle", "fiddles", "fiddling", "拉小提琴", "拉琴"),
    "play_piano": ("弹钢琴",),
    "drum": ("drumming", "打鼓", "敲鼓"),
    "play_flute": ("吹笛子", "吹长笛", "吹笛"),
    "sing": ("sing", "sings", "singing", "唱", "唱歌", "歌唱", "演唱"),
    "sweep": ("sweep", "sweeps", "sweeping", "vacuuming", "hoover", "hoovers",
              "hoovering", "mopping", "扫地", "扫", "打扫", "拖地", "吸尘"),
    "scrub": ("scrub", "scrubs", "scrubbing", "wipe", "wipes", "wiping", "wash", "washes", "washing",
              "cleans", "cleaning", "ironing", "擦", "洗", "清洗", "擦洗", "洗碗", "熨"),
    "cook": ("cooking", "stir", "stirs", "stirring", "fry", "frying", "做饭",
             "烹饪", "炒菜", "煮", "炒", "下厨", "烧饭"),
    "chop": ("chop", "chops", "chopping", "slicing", "切", "切菜", "剁"),
    "juggle": ("juggle", "juggles", "juggling", "杂耍", "玩杂耍", "抛球"),
    "row": ("rowing", "paddling", "kayaking", "canoeing", "划船", "划桨", "划"),
    "push": ("push", "pushes", "pushing", "shove", "shoves", "推"),
    "pull": ("pull", "pulls", "pulling", "tug", "tugs", "haul", "hauls", "拉", "拖", "拔河"),
    "lift": ("lift", "lifts", "lifting", "weightlifting", "lift weights", "lifts weights", "lifting weights",
             "举重"),
    "hammer": ("hammering", "nailing", "锤", "敲", "钉钉子"),
    "dig": ("dig", "digs", "digging", "shovelling", "shoveling", "gardening",
            "挖", "挖土", "种地", "园艺"),
    "type": ("typing", "打字", "敲键盘"),
    "write": ("write", "writes", "writing", "draw", "draws", "写", "写字", "写作", "画画儿"),
    "read": ("read", "reads", "reading", "读", "读书", "看书", "阅读"),
    "phone": ("phoning", "on the phone", "打电话", "通话"),
    "paint": ("paint", "paints", "画画", "绘画", "作画"),
    "conduct": ("conduct", "conducts", "conducting", "指挥"),
    "jump_rope": ("jump rope", "jumps rope", "jumping rope", "skip rope", "skipping rope", "skips rope",
                  "跳绳"),
    "stretch": ("stretch", "stretches", "stretching", "yoga", "exercise", "exercises", "exercising",
                "work out", "works out", "working out", "瑜伽", "做瑜伽", "拉伸", "伸展", "做操", "锻炼",
                "健身"),
    "dribble": ("dribble", "dribbles", "dribbling", "运球", "拍球"),
    "swing": ("golfing", "挥杆", "打高尔夫"),  # a bare "swings" is a monkey's or a pendulum's
    "fish": ("fishing", "angling", "钓鱼", "垂钓"),
    "knit": ("knit", "knits", "knitting", "织毛衣", "打毛衣", "编织"),
    "sew": ("sew", "sews", "sewing", "缝", "缝纫", "缝衣服", "针线活"),
    "text": ("texting", "texts", "发短信", "发信息", "发消息", "玩手机", "刷手机"),
}

# The world verb each meaning wants; used as soon as the world has it (the Verb enum grows).
WANTED_VERB: dict[str, str] = {"fight": "punch", "sail": "drive", "stand": "idle", "play": "celebrate",
                               "leave": "walk", "reassemble": "burst"}
# How a meaning is played while the world lacks its verb.
STAND_IN: dict[str, Verb] = {
    "howl": Verb.HOWL, "look": Verb.LOOK, "walk": Verb.WALK, "run": Verb.RUN, "drive": Verb.RUN,
    "jump": Verb.JUMP, "fly": Verb.RUN, "swim": Verb.WALK, "chase": Verb.RUN, "flee": Verb.RUN,
    "fight": Verb.WALK, "punch": Verb.WALK, "knead": Verb.IDLE, "stand": Verb.IDLE, "leave": Verb.WALK,
    "ignite": Verb.IDLE, "burst": Verb.IDLE, "reassemble": Verb.IDLE, "fall": Verb.IDLE, "sail": Verb.WALK,
    "ride": Verb.RUN, "pounce": Verb.JUMP, "dance": Verb.IDLE,
    "follow": Verb.WALK, "approach": Verb.WALK,
}


def verb_for(meaning: str) -> Verb:
    """The world's own verb for a meaning when it exists, else its stand-in."""
    wanted = WANTED_VERB.get(meaning, meaning)
    return Verb(wanted) if wanted in Verb._value2member_map_ else STAND_IN[meaning]

COLOURS: dict[str, str] = {
    "red": "#d62d20", "红": "#d62d20", "红色": "#d62d20", "orange": "#f28c28", "橙": "#f28c28",
    "橙色": "#f28c28", "橘色": "#f28c28", "yellow": "#f2c511", "黄": "#f2c511", "黄色": "#f2c511",
    "green": "#2e9e44", "绿": "#2e9e44", "绿色": "#2e9e44", "blue": "#1f5fbf", "蓝": "#1f5fbf",
    "蓝色": "#1f5fbf", "purple": "#7d3cb5", "紫": "#7d3cb5", "紫色": "#7d3cb5", "pink": "#f06ca8",
    "粉": "#f06ca8", "粉色": "#f06ca8", "粉红色": "#f06ca8", "white": "#f2f2f2", "白": "#f2f2f2",
    "白色": "#f2f2f2", "black": "#222222", "黑": "#222222", "黑色": "#222222", "grey": "#8a8a8a",
    "gray": "#8a8a8a", "灰": "#8a8a8a", "灰色": "#8a8a8a", "brown": "#7b4a26", "棕": "#7b4a26",
    "棕色": "#7b4a26", "褐色": "#7b4a26", "gold": "#d4a017", "golden": "#d4a017", "金色": "#d4a017",
    "silver": "#c0c0c8", "银色": "#c0c0c8",
}

# Hair (a person's appearance.hair). A style word names the hair whole; a hair adjective ("long
# black hair") waits for a hair noun; a colour word before hair is its colour, in the shade hair
# has (red hair is copper, not paint red); a hair-colour word is a colour of hair only.
HAIR_STYLES: dict[str, str] = {
    "ponytail": "ponytail", "pony tail": "ponytail", "pigtails": "pigtails", "bunches": "pigtails",
    "twin tails": "pigtails", "braid": "braid", "braids": "braid", "plait": "braid", "plaits": "braid",
    "hair bun": "bun", "topknot": "bun", "chignon": "bun", "bald": "bald", "shaved head": "bald",
    "马尾": "ponytail", "马尾辫": "ponytail", "双马尾": "pigtails", "辫子": "braid", "麻花辫": "braid",
    "发髻": "bun", "丸子头": "bun", "盘发": "bun", "光头": "bald", "秃头": "bald", "卷发": "curly",
    "长发": "long", "短发": "short", "长头发": "long", "短头发": "short", "卷头发": "curly",
}
HAIR_ADJECTIVES: dict[str, str] = {"long": "long", "short": "short", "curly": "curly", "wavy": "curly",
                                   "长": "long", "短": "short", "卷": "curly"}
HAIR_NOUNS = ("hair", "头发", "发")
HAIR_COLOURS: dict[str, str] = {"blond": "#e0b458", "blonde": "#e0b458", "fair": "#e0b458",
                                "ginger": "#b4501f", "auburn": "#8c3a1e", "brunette": "#5b3a24",
                                "金": "#e0b458", "金色": "#e0b458"}
# A colour word's shade as hair, by the colour it names (so every synonym of red is copper hair).
HAIR_SHADES: dict[str, str] = {"#d62d20": "#b4441f", "#f28c28": "#c45a22", "#f2c511": "#e0b458",
                               "#d4a017": "#e0b458", "#222222": "#1f1a17", "#7b4a26": "#5b3a24",
                               "#f2f2f2": "#e8e4dc", "#8a8a8a": "#9a9a9a", "#c0c0c8": "#c8c8cc"}

SIZES: dict[str, float] = {"big": 1.6, "huge": 2.2, "giant": 2.5, "large": 1.5, "small": 0.7, "tiny": 0.5,
                           "little": 0.8, "大": 1.5, "巨大": 2.2, "巨型": 2.5, "小": 0.7, "小小": 0.5}

NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "pair": 2, "both": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3,
    "some": 3, "many": 6, "flock": 30, "pack": 5, "herd": 12, "school": 40, "group": 4, "crowd": 20,
    "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
    "九": 9, "十": 10, "几": 3, "一群": 30, "一对": 2, "一些": 3, "许多": 6, "很多": 6, "成群": 30,
    "cloud of": 60, "swarm of": 60,  # "a cloud of petals" is many petals, not a cloud
    "dozen": 12, "couple of": 2, "twin": 2,  # "a couple of dogs" is two dogs, not a couple of people
}
MAX_COUNT = 8  # more members than this crowd the frame and slow the world: larger numbers become a group
MAX_GROUP = 2000  # copies in one group member (appearance.count)
# Count words that name a group: birds, fish and things in one come as one member moving as a flock,
# a school or a field (appearance.count), not as separate members.
GROUP_WORDS = frozenset({"flock", "herd", "school", "crowd", "cloud of", "swarm of", "一群", "成群"})
# Names that are a group by themselves, with the size they suggest.
GROUP_NAMES: dict[str, int] = {"asteroid belt": 120, "小行星带": 120, "鸟群": 30, "鱼群": 40, "人群": 6,
                               "crowd of people": 6,
                               "flock of birds": 30, "school of fish": 40}
CLASSIFIERS = "只个辆头条匹位名艘架棵朵群对支列件片座颗尾把扇轮本杯盏张块根间顶双"
# Things found indoors: with no place named, a film that has one is set in a room (a cat on a blanket).
INDOOR = frozenset({"blanket", "sofa", "chair", "door", "bathtub", "toilet", "television", "bed", "piano"})
# Clothing: a colour before it dresses the person it belongs to ("a girl in a red coat").
CLOTHING = ("coat", "dress", "jacket", "shirt", "hat", "scarf", "sweater", "hoodie", "skirt", "cape",
            "clothes", "t-shirt", "suit", "衣服", "外套", "裙子", "连衣裙", "帽子", "衬衫", "围巾", "毛衣",
            "上衣", "西装", "西服", "斗篷", "衣", "裙")
# "A tiger made of flowers": after these the next thing named is what the last one is made of.
MADE_OF = ("made of", "made from", "built of", "built from", "composed of", "formed of", "formed from")
# "由花朵组成的老虎": after these the thing just named is what the next one is made of.
MADE_INTO = ("组成", "组成的", "构成", "构成的", "做成", "做成的", "拼成", "拼成的")
# Chinese words that carry no castable meaning, like the English stop words ("然后" is "then").
ZH_STOP = ("然后", "先是", "再", "切到", "变成", "空中", "半空", "附近", "远方", "预告片", "漫天", "粒子",
           "尘土", "扬起", "一路", "脸上", "由", "重新", "一起", "正在", "慢慢", "大作", "画面", "场景",
           "镜头", "一幕", "景象", "风景")
# People named by their relation to someone: one of two already named (两个拳击手 ... 打在对手脸上),
# else a person of their own (羽毛球砸过网，对手扑了个空).
COUNTERPARTS = ("对手", "对方")
# Chinese endings that turn a word into a place ("街上", "树上", "雨中"): the stem is what is named.
LOCATIVE = "上里中下间边内外前后旁"
# Bound nouns that name a part, a trace or a sound of the thing before them: 鼓声 a drum's sound,
# 门缝 the gap of a door, 树影 a tree's shadow, 树荫 its shade, 脚印 a footprint, 冰面 the ice's
# surface. The thing itself is in the film.
PART_OF = "声缝影荫光印迹尾毛皮顶角面"
# Bound nouns that make a mass of the thing before them: 花海 a sea of flowers, 羊群 a flock of
# sheep, 花丛 a clump of flowers, 石堆 a heap of stones. The thing is in the film, many of it.
MASS_OF = "海群丛堆簇串阵"
# Directional and aspect endings after a verb ("跳进", "飞过去", "坐着").
DIRECTIONAL = "来去进出上下过起到回开着了"

# Effects named by words, a scene's `effects` (the open vocabulary adds WordNet's kinds of each).
EFFECTS: dict[str, str] = {
    "fire": "fire", "flames": "fire", "flame": "fire", "blaze": "fire", "bonfire": "fire", "campfire": "fire",
    "火": "fire", "火焰": "fire", "大火": "fire", "火苗": "fire", "篝火": "fire", "烈火": "fire",
    "smoke": "smoke", "烟": "smoke", "浓烟": "smoke", "烟雾": "smoke",
    "fireworks": "fireworks", "firework": "fireworks", "烟花": "fireworks", "烟火": "fireworks",
    # (not 鞭炮, 爆竹: firecrackers are things one lights, 🧨, as "firecracker" is in English)
    "焰火": "fireworks", "礼花": "fireworks",
    "lightning": "lightning", "thunderstorm": "lightning", "thunder": "lightning", "闪电": "lightning",
    "雷电": "lightning", "雷雨": "lightning", "打雷": "lightning",
    "sparks": "sparks", "spark": "sparks", "火花": "sparks", "火星": "sparks",
    "ink": "ink", "墨": "ink", "墨水": "ink", "墨汁": "ink",
    "explosion": "explosion", "blast": "explosion", "爆炸声": "explosion",
    "water": "water", "水": "water", "水柱": "water", "水花": "water",
    "bubbles": "bubbles", "bubble": "bubbles", "泡泡": "bubbles", "气泡": "bubbles",
    "confetti": "confetti", "彩带": "confetti", "彩纸": "confetti",
}

# Camera words: a sequence of these in the prompt is an explicit request that wins.
SHOT_WORDS: dict[str, ShotSize] = {
    "extreme wide": ShotSize.EXTREME_WIDE, "extreme long shot": ShotSize.EXTREME_WIDE,
    "establishing shot": ShotSize.EXTREME_WIDE, "wide": ShotSize.WIDE, "long shot": ShotSize.WIDE,
    "full shot": ShotSize.FULL, "medium": ShotSize.MEDIUM, "mid shot": ShotSize.MEDIUM,
    "medium close-up": ShotSize.MEDIUM_CLOSE, "medium close up": ShotSize.MEDIUM_CLOSE,
    "close-up": ShotSize.CLOSE_UP, "close up": ShotSize.CLOSE_UP, "closeup": ShotSize.CLOSE_UP,
    "extreme close-up": ShotSize.EXTREME_CLOSE_UP, "extreme close up": ShotSize.EXTREME_CLOSE_UP,
    "大远景": ShotSize.EXTREME_WIDE, "远景": ShotSize.WIDE, "全景": ShotSize.FULL, "中景": ShotSize.MEDIUM,
    "中近景": ShotSize.MEDIUM_CLOSE, "近景": ShotSize.CLOSE_UP, "特写": ShotSize.CLOSE_UP,
    "大特写": ShotSize.EXTREME_CLOSE_UP,
}
SINGLE_TAKE = ("一镜到底", "一个镜头", "长镜头", "one continuous shot", "continuous shot", "single take",
               "one take", "one shot", "long take", "oner", "unbroken shot")

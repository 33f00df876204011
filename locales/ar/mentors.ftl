### reviewed: no
## Mentors. Texts for the mentor room are shown in the default language; texts starting with
## `mentor-person-` are for the person, in their own language. Keep the ids and the { $placeables };
## keep commands such as `!claim` as they are (mentors type them in English).

## بطاقة الحالة في غرفة المرشدين.

mentor-card-title = حالة جديدة **{ $case }** · { $urgency } · { $flow }
mentor-card-update = **{ $case }**: طلب جديد من الشخص نفسه · { $urgency } · { $flow }
mentor-card-status-open = الوضع: بانتظار مرشد أو مرشدة.
mentor-card-status-claimed = الوضع: يتولاها { $mentor }.
mentor-card-status-closed = الوضع: مغلقة.
mentor-card-reason = السبب: { $reason }
mentor-card-who = مَن: { $who }
mentor-card-pseudonymous = { $case } (باسم مستعار)
mentor-card-erased = محا الشخص بياناته: لم تعد هويته ولا ما شاركه محفوظة.
mentor-card-shared = ما وافق على مشاركته:
mentor-card-not-shared = اختار ألا يشارك إجاباته.
mentor-card-files = { $count ->
    [one] ملف واحد يتبع في سلسلة هذه الحالة.
    [two] ملفان يتبعان في سلسلة هذه الحالة.
    [few] { $count } ملفات تتبع في سلسلة هذه الحالة.
   *[other] { $count } ملفًا تتبع في سلسلة هذه الحالة.
}
mentor-card-howto = تفاعل مع هذه البطاقة أو اكتب `!claim { $number }` لتولي الحالة. رُدّ في سلسلتها لتكتب إلى الشخص.
mentor-urgency-normal = عادية
mentor-urgency-high = مرتفعة
mentor-urgency-urgent = 🔴 عاجلة
mentor-answer-skipped = (بلا إجابة)
mentor-answer-file = (ملف، في السلسلة)
mentor-flow-unknown = محادثة

## تنبيهات الحالات العاجلة (يضيف البوت ‎@room بنفسه).

mentor-reping = **{ $case }** عاجلة وتنتظر مرشدًا منذ { $minutes } دقيقة. تفاعل مع بطاقتها أو اكتب `!claim { $number }`.
mentor-urgent-now = **{ $case }** أصبحت عاجلة. تفاعل مع بطاقتها أو اكتب `!claim { $number }`.

## الردود على أوامر المرشدين.

mentor-claimed = { $case } يتولاها الآن { $mentor }.
mentor-claimed-already = { $case } يتولاها بالفعل { $mentor }. لتوليها بدلًا منه: `!assign { $number } { $you }`
mentor-claimed-yours = { $case } لديك بالفعل.
mentor-released = { $case } مفتوحة من جديد، بانتظار مرشد أو مرشدة.
mentor-released-not-claimed = لم يتولَّ أحد { $case }.
mentor-assigned = { $case } أُسندت الآن إلى { $mentor }.
mentor-not-member = { $mentor } لم ينضم إلى هذه الغرفة. ادعُه أولًا.
mentor-note-added = حُفظت الملاحظة مع { $case }. لا تُعرض أبدًا على الشخص.
mentor-closed = أُغلقت { $case }. أُبلغ الشخص وسُئل إن كان ذلك قد ساعده.
mentor-closed-already = { $case } مغلقة.
mentor-case-closed-no-relay = { $case } مغلقة: لم تُنقل رسالتك.
mentor-case-unreachable = لم تعد { $case } تصل إلى الشخص: لقد محا بياناته.
mentor-revealed = من الآن، تُظهر رسائلك في { $case } معرّفك على ماتريكس.
mentor-unknown-case = لا توجد حالة { $number }. يعرض `!cases` الحالات المفتوحة.
mentor-unknown-command = لا أعرف `{ $command }`. يعرض `!help` ما أفهمه.
mentor-usage = اكتبه هكذا: `{ $usage }`
mentor-help =
    الأوامر، في هذه الغرفة (يُكتب رقم الحالة `42` أو `C-0042`؛ ويمكن حذفه داخل سلسلة الحالة):

    - `!cases`: الحالات المفتوحة، الأكثر إلحاحًا أولًا
    - `!case 42`: تفاصيل حالة وملاحظاتها
    - `!claim 42`: تولي حالة (أو التفاعل مع بطاقتها)
    - `!release 42`: التخلي عنها
    - `!assign 42 @name:server`: إسنادها إلى مرشد آخر
    - `!note 42 text`: ملاحظة للفريق، لا تُعرض أبدًا على الشخص
    - `!close 42 [note]`: إغلاقها؛ يُبلَّغ الشخص ويُسأل إن كان ذلك قد ساعده
    - `!reveal 42`: إظهار معرّفك على ماتريكس مع رسائلك
    - `!handoff 42`: محادثة مشفرة جديدة بينك وبين الشخص (يُسأل أولًا ما لم يكن قد شارك اسمه)

    رُدّ في سلسلة الحالة لتكتب إلى الشخص؛ وما يكتبه يعود إلى السلسلة نفسها.

## القوائم والتفاصيل.

mentor-cases-none = لا توجد حالات مفتوحة.
mentor-cases-head = الحالات المفتوحة، الأكثر إلحاحًا أولًا ثم الأقدم:
mentor-cases-line = { $case } · { $urgency } · { $status } · { $flow } · { $age }
mentor-status-open = بالانتظار
mentor-status-claimed = يتولاها { $mentor }
mentor-status-closed = مغلقة
mentor-age-minutes = قبل { $count } دقيقة
mentor-age-hours = قبل { $count } ساعة
mentor-age-days = { $count ->
    [one] قبل يوم واحد
    [two] قبل يومين
    [few] قبل { $count } أيام
   *[other] قبل { $count } يومًا
}
mentor-case-opened-at = فُتحت { $age }.
mentor-case-notes = الملاحظات:
mentor-case-handoff-asked = اقتُرحت محادثة مباشرة؛ بانتظار رده.
mentor-case-handoff-approved = قُبلت محادثة مباشرة؛ يجري إنشاؤها.
mentor-case-handoff-created = توجد محادثة مباشرة معه.
mentor-case-handoff-declined = فضّل ألا تكون هناك محادثة مباشرة.
mentor-case-handoff-failed = تعذّر إنشاء المحادثة المباشرة.

## ما يفعله الشخص كما يراه المرشدون (في سلسلة الحالة).

mentor-relay-from = { $case }:
mentor-relay-from-edited = { $case } (معدّلة):
mentor-relay-file = أرسل { $case } ملفًا؛ يتبع في هذه السلسلة.
mentor-asked-again = { $case }: طلب مجددًا التحدث مع شخص.
mentor-feedback-yes = { $case }: قال إن ذلك ساعده.
mentor-feedback-no = { $case }: قال إن ذلك لم يساعده.
mentor-anonymised = { $case }: محا الشخص بياناته. أُغلقت الحالة؛ والملاحظات محفوظة.
mentor-file-gone = { $case }: لم يعد أحد الملفات محفوظًا (مُحي، أو انقضت مدة حفظه).

## المحادثات المباشرة.

mentor-handoff-asked = { $case }: سألته إن كان يوافق على محادثة مباشرة معك.
mentor-handoff-agreed = { $case }: قُبلت المحادثة المباشرة؛ أنا أنشئها.
mentor-handoff-declined = { $case }: يفضّل البقاء هنا. تابع الكتابة في هذه السلسلة.
mentor-handoff-created = { $case }: أُنشئت محادثة مشفرة جديدة معه ومع { $mentor }؛ دُعي كلاهما.
mentor-handoff-failed = { $case }: تعذّر إنشاء المحادثة المباشرة. أعد المحاولة لاحقًا بـ `!handoff { $number }`.

## للشخص، في محادثته مع البوت.

mentor-person-opened = أُبلغ الفريق. سيقرأ أحد أفراد الفريق هذا في أقرب وقت ممكن ويرد عليك هنا. وحتى ذلك الحين، وطوال حديثك معه، يصل إليه ما تكتبه هنا. اكتب **القائمة** لتتحدث معي، أنا البوت، بدلًا من ذلك.
mentor-person-still-open = طلبك لدى الفريق. سيقرؤه أحد أفراده في أقرب وقت ممكن ويرد عليك هنا. ما تكتبه هنا يصل إليه.
mentor-person-taken = تولّى مرشد طلبك وسيكتب إليك هنا.
mentor-person-says = مرشدك:
mentor-person-says-named = مرشدك ({ $mentor }):
mentor-person-closed = أغلق مرشدك هذه المحادثة. هل ساعدك ذلك؟ أجب بـ **نعم** أو **لا**.
mentor-person-thanks = شكرًا لإخبارنا. اكتب **القائمة** لترى ما يمكننا فعله معًا، أو **مرشد** للوصول إلى شخص من جديد.
mentor-person-on-the-way = ذكّرت الفريق بأنك تنتظر. سيقرأ أحد أفراد الفريق هذا في أقرب وقت ممكن. وفي الأثناء، إن كنت تحتاج إلى مساعدة الآن:
mentor-person-handoff-ask = يودّ مرشدك التحدث معك في محادثة خاصة ومشفرة جديدة. سيرى هناك اسمك على ماتريكس. هل توافق؟ أجب بـ **نعم** أو **لا**.
mentor-person-handoff-invited = دعوتك إلى محادثة مشفرة جديدة مع مرشدك. اقبل الدعوة لتتحدث معه مباشرة.
mentor-person-handoff-declined = حسنًا، نبقى هنا. سيواصل مرشدك الكتابة إليك عن طريقي.

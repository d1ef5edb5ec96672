<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutCoSafe</name>
    <message>
        <source>All changes are saved as you work</source>
        <translation>تُحفظ كل التغييرات أثناء العمل</translation>
    </message>
    <message>
        <source>Read-only: nothing you do changes the file</source>
        <translation>للقراءة فقط: لا شيء تفعله يغيّر الملف</translation>
    </message>
    <message>
        <source>%1° N   %2° E</source>
        <comment>the pointer&apos;s place</comment>
        <translation>%1° شمالاً   %2° شرقاً</translation>
    </message>
    <message>
        <source>%1° N   %2° W</source>
        <comment>the pointer&apos;s place</comment>
        <translation>%1° شمالاً   %2° غرباً</translation>
    </message>
    <message>
        <source>%1° S   %2° E</source>
        <comment>the pointer&apos;s place</comment>
        <translation>%1° جنوباً   %2° شرقاً</translation>
    </message>
    <message>
        <source>%1° S   %2° W</source>
        <comment>the pointer&apos;s place</comment>
        <translation>%1° جنوباً   %2° غرباً</translation>
    </message>
    <message>
        <source>%1 %2 — offline participatory urban-safety planning: safety audit walks, perception pins, proposals and action plans in one GeoPackage file. Free software (GPL 3 or later).</source>
        <translation>%1 %2 — تخطيط تشاركي للسلامة الحضرية دون اتصال: جولات تدقيق السلامة ودبابيس الإدراك والمقترحات وخطط العمل في ملف GeoPackage واحد. برنامج حر (GPL 3 أو أحدث).</translation>
    </message>
    <message>
        <source>There is no Save button: every change is written to the project file the moment you make it, so nothing is lost if the laptop switches off. Undo steps back through your changes. Use File › Save As to continue in a copy (for example before a workshop); the project is one .gpkg file you can copy to a USB stick at any time, and QGIS can open it.</source>
        <translation>لا يوجد زر حفظ: يُكتب كل تغيير في ملف المشروع لحظة إجرائه، فلا يضيع شيء إذا انطفأ الحاسوب المحمول. يعود التراجع خطوة خطوة عبر تغييراتك. استخدم ملف › حفظ باسم للمتابعة في نسخة (مثلاً قبل ورشة)؛ المشروع ملف .gpkg واحد يمكنك نسخه إلى ذاكرة USB في أي وقت، ويستطيع QGIS فتحه.</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <source>New Action</source>
        <translation>إجراء جديد</translation>
    </message>
    <message>
        <source>Edit Action — %1</source>
        <translation>تحرير الإجراء — %1</translation>
    </message>
    <message>
        <source>What will be done, e.g. Light the path behind the market</source>
        <translation>ما الذي سيُنفَّذ، مثلاً: إنارة الممر خلف السوق</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>UN Guidelines for the Prevention of Crime (2002): social development (causes), locally based (communities act), situational (design and management of places), reintegration (offenders).</source>
        <translation>مبادئ الأمم المتحدة التوجيهية لمنع الجريمة (2002): التنمية الاجتماعية (الأسباب)، المحلي (تتحرك المجتمعات)، الظرفي (تصميم الأماكن وإدارتها)، إعادة الإدماج (الجناة).</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>الإطار الزمني</translation>
    </message>
    <message>
        <source>When the action is due: short, medium or long term</source>
        <translation>موعد استحقاق الإجراء: قصير أو متوسط أو طويل المدى</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>ال&amp;تواريخ</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>The day the action starts (tick Dates to set it)</source>
        <translation>يوم بدء الإجراء (حدد التواريخ لتعيينه)</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>The day the action is done (tick Dates to set it)</source>
        <translation>يوم إنجاز الإجراء (حدد التواريخ لتعيينه)</translation>
    </message>
    <message>
        <source>From &amp;votes</source>
        <translation>من الأ&amp;صوات</translation>
    </message>
    <message>
        <source>Set by &amp;hand:</source>
        <translation>تعيين &amp;يدوي:</translation>
    </message>
    <message>
        <source>Priority by hand</source>
        <translation>الأولوية يدوياً</translation>
    </message>
    <message>
        <source>1 is the most urgent (choose Set by hand first)</source>
        <translation>1 هو الأكثر إلحاحاً (اختر التعيين اليدوي أولاً)</translation>
    </message>
    <message>
        <source>rank %1 by the dots on its proposals</source>
        <translation>الترتيب %1 حسب النقاط على مقترحاته</translation>
    </message>
    <message>
        <source>no votes on its linked proposals yet</source>
        <translation>لا أصوات على مقترحاته المرتبطة بعد</translation>
    </message>
    <message>
        <source>How success is seen, e.g. mean safety score at the market</source>
        <translation>كيف يُقاس النجاح، مثلاً: متوسط درجة السلامة في السوق</translation>
    </message>
    <message>
        <source>Where it stands now</source>
        <translation>الوضع الحالي</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Where the indicator stands now</source>
        <translation>قيمة المؤشر الحالية</translation>
    </message>
    <message>
        <source>Use Current &amp;Score</source>
        <translation>استخدام الدرجة ال&amp;حالية</translation>
    </message>
    <message>
        <source>Fill in the mean safety score audits measured at the linked places</source>
        <translation>ملء متوسط درجة السلامة التي قاستها التدقيقات في الأماكن المرتبطة</translation>
    </message>
    <message>
        <source>Where it should be, and by when</source>
        <translation>القيمة المستهدفة، وموعدها</translation>
    </message>
    <message>
        <source>Add to Plan</source>
        <translation>إضافة إلى الخطة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;العنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>CPTED &amp;principle</source>
        <translation>&amp;مبدأ CPTED</translation>
    </message>
    <message>
        <source>Prevention &amp;approach</source>
        <translation>&amp;نهج الوقاية</translation>
    </message>
    <message>
        <source>&amp;Responsible partner</source>
        <translation>الشريك ال&amp;مسؤول</translation>
    </message>
    <message>
        <source>Supporting partners</source>
        <translation>الشركاء الداعمون</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between a start and an end date</comment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Estimated &amp;cost</source>
        <translation>التكلفة ال&amp;تقديرية</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>ال&amp;مؤشر</translation>
    </message>
    <message>
        <source>Tar&amp;get</source>
        <translation>ال&amp;هدف</translation>
    </message>
    <message>
        <source>Linked places</source>
        <translation>الأماكن المرتبطة</translation>
    </message>
    <message>
        <source>Link places to compute the current safety score there.</source>
        <translation>اربط أماكن لحساب درجة السلامة الحالية فيها.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <comment>%1: the mean safety score at the linked places</comment>
        <translation>الآن: %1</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>المبدأ</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>النهج</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a column heading and its unit, e.g. Cost (KES)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ActionTimeline</name>
    <message>
        <source>Dated</source>
        <translation>مؤرّخ</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>غير مجدول</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <comment>%1: a timeline column, e.g. Short term</comment>
        <translation>الإجراءات: %1</translation>
    </message>
    <message>
        <source>The actions planned for %1; double-click one to edit it</source>
        <translation>الإجراءات المخططة لـ%1؛ انقر نقراً مزدوجاً على أحدها لتحريره</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a timeline column&apos;s title and how many actions it holds</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>No actions yet. Select a proposal and choose Plan › Create Action from Proposal, or press New… to write one.</source>
        <translation>لا إجراءات بعد. حدد مقترحاً واختر الخطة › إنشاء إجراء من المقترح، أو اضغط جديد… لكتابة إجراء.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>أي وقت</translation>
    </message>
    <message>
        <source>Has dates</source>
        <translation>له تواريخ</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>غير مجدول</translation>
    </message>
    <message>
        <source>Filter actions by status</source>
        <translation>تصفية الإجراءات حسب الحالة</translation>
    </message>
    <message>
        <source>Show only actions with this status</source>
        <translation>عرض الإجراءات ذات هذه الحالة فقط</translation>
    </message>
    <message>
        <source>Filter actions by timeframe</source>
        <translation>تصفية الإجراءات حسب الإطار الزمني</translation>
    </message>
    <message>
        <source>Show only actions with this timeframe</source>
        <translation>عرض الإجراءات ذات هذا الإطار الزمني فقط</translation>
    </message>
    <message>
        <source>Filter actions by principle</source>
        <translation>تصفية الإجراءات حسب المبدأ</translation>
    </message>
    <message>
        <source>Show only actions with this principle</source>
        <translation>عرض الإجراءات ذات هذا المبدأ فقط</translation>
    </message>
    <message>
        <source>Filter actions by partner</source>
        <translation>تصفية الإجراءات حسب الشريك</translation>
    </message>
    <message>
        <source>Show only actions with this partner</source>
        <translation>عرض الإجراءات الخاصة بهذا الشريك فقط</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>The plan&apos;s actions; Enter or double-click opens one, Delete removes it</source>
        <translation>إجراءات الخطة؛ Enter أو النقر المزدوج يفتح أحدها، وDelete يزيله</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الجدول الزمني</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <source>Write a new action from scratch</source>
        <translation>كتابة إجراء جديد من البداية</translation>
    </message>
    <message>
        <source>&amp;Edit Action…</source>
        <translation>&amp;تحرير الإجراء…</translation>
    </message>
    <message>
        <source>Open the selected action in the action editor</source>
        <translation>فتح الإجراء المحدد في محرر الإجراءات</translation>
    </message>
    <message>
        <source>&amp;Delete Action</source>
        <translation>&amp;حذف الإجراء</translation>
    </message>
    <message>
        <source>Remove the selected action from the plan (the places stay)</source>
        <translation>إزالة الإجراء المحدد من الخطة (تبقى الأماكن)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>أي شريك</translation>
    </message>
    <message>
        <source>Nobody responsible yet</source>
        <translation>لا مسؤول بعد</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln actions shown</source>
        <translation>
            <numerusform>معروض %1 من %Ln إجراء</numerusform>
            <numerusform>معروض %1 من %Ln إجراء</numerusform>
            <numerusform>معروض %1 من %Ln إجراءين</numerusform>
            <numerusform>معروض %1 من %Ln إجراءات</numerusform>
            <numerusform>معروض %1 من %Ln إجراء</numerusform>
            <numerusform>معروض %1 من %Ln إجراء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions</source>
        <translation>
            <numerusform>%Ln إجراء</numerusform>
            <numerusform>%Ln إجراء</numerusform>
            <numerusform>%Ln إجراءان</numerusform>
            <numerusform>%Ln إجراءات</numerusform>
            <numerusform>%Ln إجراء</numerusform>
            <numerusform>%Ln إجراء</numerusform>
        </translation>
    </message>
    <message>
        <source>The action was not deleted</source>
        <translation>لم يُحذف الإجراء</translation>
    </message>
</context>
<context>
    <name>ActionsSheet</name>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Priority set by</source>
        <translation>الأولوية محددة بـ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Responsible partner</source>
        <translation>الشريك المسؤول</translation>
    </message>
    <message>
        <source>Supporting partners</source>
        <translation>الشركاء الداعمون</translation>
    </message>
    <message>
        <source>Linked places</source>
        <translation>الأماكن المرتبطة</translation>
    </message>
    <message>
        <source>Locations (lat,lon)</source>
        <translation>المواقع (خط العرض، خط الطول)</translation>
    </message>
    <message>
        <source>CPTED principle</source>
        <translation>مبدأ CPTED</translation>
    </message>
    <message>
        <source>Prevention approach</source>
        <translation>نهج الوقاية</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>الإطار الزمني</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>يبدأ في</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>التكلفة التقديرية</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Baseline from the audit scores</source>
        <translation>خط الأساس من درجات التدقيق</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>يدوياً</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a column&apos;s name and its currency: “Cost estimate (KES)”</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message numerus="yes">
        <source>Where the %1 score is low, people feel less safe (strong link, %Ln places).</source>
        <translation>
            <numerusform>حيث تنخفض درجة %1، يشعر الناس بأمان أقل (ارتباط قوي، %Ln مكان).</numerusform>
            <numerusform>حيث تنخفض درجة %1، يشعر الناس بأمان أقل (ارتباط قوي، %Ln مكان).</numerusform>
            <numerusform>حيث تنخفض درجة %1، يشعر الناس بأمان أقل (ارتباط قوي، %Ln مكانين).</numerusform>
            <numerusform>حيث تنخفض درجة %1، يشعر الناس بأمان أقل (ارتباط قوي، %Ln أماكن).</numerusform>
            <numerusform>حيث تنخفض درجة %1، يشعر الناس بأمان أقل (ارتباط قوي، %Ln مكان).</numerusform>
            <numerusform>حيث تنخفض درجة %1، يشعر الناس بأمان أقل (ارتباط قوي، %Ln مكان).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is low, people feel less safe (moderate link, %Ln places).</source>
        <translation>
            <numerusform>حيث تنخفض درجة %1، يشعر الناس بأمان أقل (ارتباط متوسط، %Ln مكان).</numerusform>
            <numerusform>حيث تنخفض درجة %1، يشعر الناس بأمان أقل (ارتباط متوسط، %Ln مكان).</numerusform>
            <numerusform>حيث تنخفض درجة %1، يشعر الناس بأمان أقل (ارتباط متوسط، %Ln مكانين).</numerusform>
            <numerusform>حيث تنخفض درجة %1، يشعر الناس بأمان أقل (ارتباط متوسط، %Ln أماكن).</numerusform>
            <numerusform>حيث تنخفض درجة %1، يشعر الناس بأمان أقل (ارتباط متوسط، %Ln مكان).</numerusform>
            <numerusform>حيث تنخفض درجة %1، يشعر الناس بأمان أقل (ارتباط متوسط، %Ln مكان).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is low, people feel less safe (weak link, %Ln places).</source>
        <translation>
            <numerusform>حيث تنخفض درجة %1، يشعر الناس بأمان أقل (ارتباط ضعيف، %Ln مكان).</numerusform>
            <numerusform>حيث تنخفض درجة %1، يشعر الناس بأمان أقل (ارتباط ضعيف، %Ln مكان).</numerusform>
            <numerusform>حيث تنخفض درجة %1، يشعر الناس بأمان أقل (ارتباط ضعيف، %Ln مكانين).</numerusform>
            <numerusform>حيث تنخفض درجة %1، يشعر الناس بأمان أقل (ارتباط ضعيف، %Ln أماكن).</numerusform>
            <numerusform>حيث تنخفض درجة %1، يشعر الناس بأمان أقل (ارتباط ضعيف، %Ln مكان).</numerusform>
            <numerusform>حيث تنخفض درجة %1، يشعر الناس بأمان أقل (ارتباط ضعيف، %Ln مكان).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (strong link, %Ln places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>حيث ترتفع درجة %1، يشعر الناس بأمان أقل (ارتباط قوي، %Ln مكان) — غير متوقع؛ يستحق النظر.</numerusform>
            <numerusform>حيث ترتفع درجة %1، يشعر الناس بأمان أقل (ارتباط قوي، %Ln مكان) — غير متوقع؛ يستحق النظر.</numerusform>
            <numerusform>حيث ترتفع درجة %1، يشعر الناس بأمان أقل (ارتباط قوي، %Ln مكانين) — غير متوقع؛ يستحق النظر.</numerusform>
            <numerusform>حيث ترتفع درجة %1، يشعر الناس بأمان أقل (ارتباط قوي، %Ln أماكن) — غير متوقع؛ يستحق النظر.</numerusform>
            <numerusform>حيث ترتفع درجة %1، يشعر الناس بأمان أقل (ارتباط قوي، %Ln مكان) — غير متوقع؛ يستحق النظر.</numerusform>
            <numerusform>حيث ترتفع درجة %1، يشعر الناس بأمان أقل (ارتباط قوي، %Ln مكان) — غير متوقع؛ يستحق النظر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (moderate link, %Ln places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>حيث ترتفع درجة %1، يشعر الناس بأمان أقل (ارتباط متوسط، %Ln مكان) — غير متوقع؛ يستحق النظر.</numerusform>
            <numerusform>حيث ترتفع درجة %1، يشعر الناس بأمان أقل (ارتباط متوسط، %Ln مكان) — غير متوقع؛ يستحق النظر.</numerusform>
            <numerusform>حيث ترتفع درجة %1، يشعر الناس بأمان أقل (ارتباط متوسط، %Ln مكانين) — غير متوقع؛ يستحق النظر.</numerusform>
            <numerusform>حيث ترتفع درجة %1، يشعر الناس بأمان أقل (ارتباط متوسط، %Ln أماكن) — غير متوقع؛ يستحق النظر.</numerusform>
            <numerusform>حيث ترتفع درجة %1، يشعر الناس بأمان أقل (ارتباط متوسط، %Ln مكان) — غير متوقع؛ يستحق النظر.</numerusform>
            <numerusform>حيث ترتفع درجة %1، يشعر الناس بأمان أقل (ارتباط متوسط، %Ln مكان) — غير متوقع؛ يستحق النظر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (weak link, %Ln places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>حيث ترتفع درجة %1، يشعر الناس بأمان أقل (ارتباط ضعيف، %Ln مكان) — غير متوقع؛ يستحق النظر.</numerusform>
            <numerusform>حيث ترتفع درجة %1، يشعر الناس بأمان أقل (ارتباط ضعيف، %Ln مكان) — غير متوقع؛ يستحق النظر.</numerusform>
            <numerusform>حيث ترتفع درجة %1، يشعر الناس بأمان أقل (ارتباط ضعيف، %Ln مكانين) — غير متوقع؛ يستحق النظر.</numerusform>
            <numerusform>حيث ترتفع درجة %1، يشعر الناس بأمان أقل (ارتباط ضعيف، %Ln أماكن) — غير متوقع؛ يستحق النظر.</numerusform>
            <numerusform>حيث ترتفع درجة %1، يشعر الناس بأمان أقل (ارتباط ضعيف، %Ln مكان) — غير متوقع؛ يستحق النظر.</numerusform>
            <numerusform>حيث ترتفع درجة %1، يشعر الناس بأمان أقل (ارتباط ضعيف، %Ln مكان) — غير متوقع؛ يستحق النظر.</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit point has a feeling score yet, so nothing can be said about what goes with feeling unsafe.</source>
        <translation>لا توجد نقطة تدقيق لها درجة شعور بعد، لذا لا يمكن قول شيء عمّا يرتبط بالشعور بعدم الأمان.</translation>
    </message>
    <message>
        <source>How each criterion goes with %1 across audit points (Spearman rank correlation; a link, not proof of a cause):</source>
        <translation>كيف يرتبط كل معيار بـ%1 عبر نقاط التدقيق (ارتباط الرتب لسبيرمان؛ ارتباط وليس دليلاً على السببية):</translation>
    </message>
    <message numerus="yes">
        <source>%1: too few places scored for both it and %2 to say (%Ln places; at least %3 needed).</source>
        <translation>
            <numerusform>%1: الأماكن التي قُيّمت له ولـ%2 معاً أقل من أن يُستنتج شيء (%Ln مكان؛ المطلوب %3 على الأقل).</numerusform>
            <numerusform>%1: الأماكن التي قُيّمت له ولـ%2 معاً أقل من أن يُستنتج شيء (%Ln مكان؛ المطلوب %3 على الأقل).</numerusform>
            <numerusform>%1: الأماكن التي قُيّمت له ولـ%2 معاً أقل من أن يُستنتج شيء (%Ln مكانين؛ المطلوب %3 على الأقل).</numerusform>
            <numerusform>%1: الأماكن التي قُيّمت له ولـ%2 معاً أقل من أن يُستنتج شيء (%Ln أماكن؛ المطلوب %3 على الأقل).</numerusform>
            <numerusform>%1: الأماكن التي قُيّمت له ولـ%2 معاً أقل من أن يُستنتج شيء (%Ln مكان؛ المطلوب %3 على الأقل).</numerusform>
            <numerusform>%1: الأماكن التي قُيّمت له ولـ%2 معاً أقل من أن يُستنتج شيء (%Ln مكان؛ المطلوب %3 على الأقل).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the same score everywhere (or %2 was), so no link can be read (%Ln places).</source>
        <translation>
            <numerusform>%1: الدرجة نفسها في كل مكان (أو كانت كذلك لـ%2)، فلا يمكن قراءة أي ارتباط (%Ln مكان).</numerusform>
            <numerusform>%1: الدرجة نفسها في كل مكان (أو كانت كذلك لـ%2)، فلا يمكن قراءة أي ارتباط (%Ln مكان).</numerusform>
            <numerusform>%1: الدرجة نفسها في كل مكان (أو كانت كذلك لـ%2)، فلا يمكن قراءة أي ارتباط (%Ln مكانين).</numerusform>
            <numerusform>%1: الدرجة نفسها في كل مكان (أو كانت كذلك لـ%2)، فلا يمكن قراءة أي ارتباط (%Ln أماكن).</numerusform>
            <numerusform>%1: الدرجة نفسها في كل مكان (أو كانت كذلك لـ%2)، فلا يمكن قراءة أي ارتباط (%Ln مكان).</numerusform>
            <numerusform>%1: الدرجة نفسها في كل مكان (أو كانت كذلك لـ%2)، فلا يمكن قراءة أي ارتباط (%Ln مكان).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 makes no clear difference to how safe people feel (%Ln places).</source>
        <translation>
            <numerusform>لا يُحدث %1 فرقاً واضحاً في شعور الناس بالأمان (%Ln مكان).</numerusform>
            <numerusform>لا يُحدث %1 فرقاً واضحاً في شعور الناس بالأمان (%Ln مكان).</numerusform>
            <numerusform>لا يُحدث %1 فرقاً واضحاً في شعور الناس بالأمان (%Ln مكانين).</numerusform>
            <numerusform>لا يُحدث %1 فرقاً واضحاً في شعور الناس بالأمان (%Ln أماكن).</numerusform>
            <numerusform>لا يُحدث %1 فرقاً واضحاً في شعور الناس بالأمان (%Ln مكان).</numerusform>
            <numerusform>لا يُحدث %1 فرقاً واضحاً في شعور الناس بالأمان (%Ln مكان).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation>بلا ورشة</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>بلا مجموعة</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no value of a category</comment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Other workshops</source>
        <translation>ورش أخرى</translation>
    </message>
    <message>
        <source>Other groups</source>
        <translation>مجموعات أخرى</translation>
    </message>
    <message>
        <source>Other or not stated</source>
        <translation>أخرى أو غير مذكور</translation>
    </message>
</context>
<context>
    <name>AnalysisCharts</name>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Compare groups of people by gender; each tick splits them further</source>
        <translation>مقارنة فئات الناس حسب الجنس؛ كل تحديد يقسمها أكثر</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Compare groups of people by age band; each tick splits them further</source>
        <translation>مقارنة فئات الناس حسب الفئة العمرية؛ كل تحديد يقسمها أكثر</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Compare groups of people by role; each tick splits them further</source>
        <translation>مقارنة فئات الناس حسب الدور؛ كل تحديد يقسمها أكثر</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>وقت اليوم</translation>
    </message>
    <message>
        <source>Compare groups of people by time of day; each tick splits them further</source>
        <translation>مقارنة فئات الناس حسب وقت اليوم؛ كل تحديد يقسمها أكثر</translation>
    </message>
    <message>
        <source>Working out which groups can be shown without giving anyone away…</source>
        <translation>جارٍ تحديد الفئات التي يمكن عرضها دون كشف هوية أحد…</translation>
    </message>
    <message>
        <source>No audit scores or perception pins yet — record a walk or place pins in the Audits dock to compare groups of people.</source>
        <translation>لا درجات تدقيق ولا دبابيس إدراك بعد — سجّل جولة أو ضع دبابيس في لوحة التدقيقات لمقارنة فئات الناس.</translation>
    </message>
    <message>
        <source>No audit scores yet — record a walk and score its points in the Audits dock.</source>
        <translation>لا درجات تدقيق بعد — سجّل جولة وقيّم نقاطها في لوحة التدقيقات.</translation>
    </message>
    <message>
        <source>No place was walked both by day and at night yet — walk the same route after dark and score the points in the Audits dock.</source>
        <translation>لم يُتجوَّل في أي مكان نهاراً وليلاً بعد — امشِ المسار نفسه بعد حلول الظلام وقيّم النقاط في لوحة التدقيقات.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln places walked by day and at night: %1 scored lower at night, %2 higher, %3 about the same. Mean score %4 by day, %5 at night.</source>
        <translation>
            <numerusform>%Ln مكان تمت الجولة فيها نهاراً وليلاً: %1 حصلت على درجة أقل ليلاً، و%2 أعلى، و%3 تقريباً نفسها. متوسط الدرجة %4 نهاراً، و%5 ليلاً.</numerusform>
            <numerusform>%Ln مكان تمت الجولة فيها نهاراً وليلاً: %1 حصلت على درجة أقل ليلاً، و%2 أعلى، و%3 تقريباً نفسها. متوسط الدرجة %4 نهاراً، و%5 ليلاً.</numerusform>
            <numerusform>%Ln مكانين تمت الجولة فيها نهاراً وليلاً: %1 حصلت على درجة أقل ليلاً، و%2 أعلى، و%3 تقريباً نفسها. متوسط الدرجة %4 نهاراً، و%5 ليلاً.</numerusform>
            <numerusform>%Ln أماكن تمت الجولة فيها نهاراً وليلاً: %1 حصلت على درجة أقل ليلاً، و%2 أعلى، و%3 تقريباً نفسها. متوسط الدرجة %4 نهاراً، و%5 ليلاً.</numerusform>
            <numerusform>%Ln مكان تمت الجولة فيها نهاراً وليلاً: %1 حصلت على درجة أقل ليلاً، و%2 أعلى، و%3 تقريباً نفسها. متوسط الدرجة %4 نهاراً، و%5 ليلاً.</numerusform>
            <numerusform>%Ln مكان تمت الجولة فيها نهاراً وليلاً: %1 حصلت على درجة أقل ليلاً، و%2 أعلى، و%3 تقريباً نفسها. متوسط الدرجة %4 نهاراً، و%5 ليلاً.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough audit points with a &quot;Feeling&quot; score yet to say which criteria go with feeling unsafe — score Feeling at more points in the Audits dock.</source>
        <translation>لا توجد بعد نقاط تدقيق كافية بدرجة «الشعور» لمعرفة المعايير المرتبطة بالشعور بعدم الأمان — قيّم الشعور في نقاط أكثر في لوحة التدقيقات.</translation>
    </message>
    <message>
        <source>Open a project to see what its audits and pins say.</source>
        <translation>افتح مشروعاً لترى ما تقوله تدقيقاته ودبابيسه.</translation>
    </message>
    <message>
        <source>Nothing matches the filters — widen them in the Perception Filters dock (or Clear Filters).</source>
        <translation>لا شيء يطابق عوامل التصفية — وسّعها في لوحة عوامل تصفية الإدراك (أو امسح عوامل التصفية).</translation>
    </message>
    <message>
        <source>No audit points yet — record a walk in the Audits dock.</source>
        <translation>لا نقاط تدقيق بعد — سجّل جولة في لوحة التدقيقات.</translation>
    </message>
    <message>
        <source>No audit points or perception pins yet — record a walk or place pins in the Audits dock.</source>
        <translation>لا نقاط تدقيق ولا دبابيس إدراك بعد — سجّل جولة أو ضع دبابيس في لوحة التدقيقات.</translation>
    </message>
    <message>
        <source>No recorded incidents in these dates — import police or NGO data with Audit › Import Recorded Incidents to compare them with what people feel by time of day.</source>
        <translation>لا توجد حوادث مسجلة في هذه التواريخ — استورد بيانات الشرطة أو المنظمات غير الحكومية من التدقيق › استيراد الحوادث المسجلة لمقارنتها بما يشعر به الناس حسب وقت اليوم.</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln people match these filters, so their figures are hidden to protect them (the project&apos;s threshold is %Ln). Widen the filters to see more.</source>
        <translation>
            <numerusform>يطابق عوامل التصفية هذه أقل من %Ln شخص، لذا أُخفيت أرقامهم لحمايتهم (عتبة المشروع %Ln). وسّع عوامل التصفية لترى المزيد.</numerusform>
            <numerusform>يطابق عوامل التصفية هذه أقل من %Ln شخص، لذا أُخفيت أرقامهم لحمايتهم (عتبة المشروع %Ln). وسّع عوامل التصفية لترى المزيد.</numerusform>
            <numerusform>يطابق عوامل التصفية هذه أقل من %Ln شخصين، لذا أُخفيت أرقامهم لحمايتهم (عتبة المشروع %Ln). وسّع عوامل التصفية لترى المزيد.</numerusform>
            <numerusform>يطابق عوامل التصفية هذه أقل من %Ln أشخاص، لذا أُخفيت أرقامهم لحمايتهم (عتبة المشروع %Ln). وسّع عوامل التصفية لترى المزيد.</numerusform>
            <numerusform>يطابق عوامل التصفية هذه أقل من %Ln شخص، لذا أُخفيت أرقامهم لحمايتهم (عتبة المشروع %Ln). وسّع عوامل التصفية لترى المزيد.</numerusform>
            <numerusform>يطابق عوامل التصفية هذه أقل من %Ln شخص، لذا أُخفيت أرقامهم لحمايتهم (عتبة المشروع %Ln). وسّع عوامل التصفية لترى المزيد.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisFeature</name>
    <message>
        <source>Heat Map &amp;Radius…</source>
        <translation>&amp;نصف قطر الخريطة الحرارية…</translation>
    </message>
    <message>
        <source>How far each point&apos;s heat reaches</source>
        <translation>إلى أي مدى تصل حرارة كل نقطة</translation>
    </message>
    <message>
        <source>Perception Map</source>
        <translation>خريطة الإدراك</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>التحليل</translation>
    </message>
    <message>
        <source>Filters (map and charts)</source>
        <translation>عوامل التصفية (الخريطة والرسوم البيانية)</translation>
    </message>
    <message>
        <source>Layers and legend</source>
        <translation>الطبقات ومفتاح الخريطة</translation>
    </message>
    <message>
        <source>Perception &amp;Layers</source>
        <translation>&amp;طبقات الإدراك</translation>
    </message>
    <message>
        <source>Heat Map &amp;Source</source>
        <translation>&amp;مصدر الخريطة الحرارية</translation>
    </message>
    <message numerus="yes">
        <source>On the map: what fewer than %Ln people recorded.</source>
        <translation>
            <numerusform>على الخريطة: ما سجّله أقل من %Ln شخص.</numerusform>
            <numerusform>على الخريطة: ما سجّله أقل من %Ln شخص.</numerusform>
            <numerusform>على الخريطة: ما سجّله أقل من %Ln شخصين.</numerusform>
            <numerusform>على الخريطة: ما سجّله أقل من %Ln أشخاص.</numerusform>
            <numerusform>على الخريطة: ما سجّله أقل من %Ln شخص.</numerusform>
            <numerusform>على الخريطة: ما سجّله أقل من %Ln شخص.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln people match these filters, so no counts are shown.</source>
        <translation>
            <numerusform>يطابق عوامل التصفية هذه أقل من %Ln شخص، لذا لا تُعرض أي أعداد.</numerusform>
            <numerusform>يطابق عوامل التصفية هذه أقل من %Ln شخص، لذا لا تُعرض أي أعداد.</numerusform>
            <numerusform>يطابق عوامل التصفية هذه أقل من %Ln شخصين، لذا لا تُعرض أي أعداد.</numerusform>
            <numerusform>يطابق عوامل التصفية هذه أقل من %Ln أشخاص، لذا لا تُعرض أي أعداد.</numerusform>
            <numerusform>يطابق عوامل التصفية هذه أقل من %Ln شخص، لذا لا تُعرض أي أعداد.</numerusform>
            <numerusform>يطابق عوامل التصفية هذه أقل من %Ln شخص، لذا لا تُعرض أي أعداد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 and %2.</source>
        <translation>يُعرض %1 و%2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln audit scores</source>
        <translation>
            <numerusform>%1 من %Ln درجة تدقيق</numerusform>
            <numerusform>%1 من %Ln درجة تدقيق</numerusform>
            <numerusform>%1 من %Ln درجتي تدقيق</numerusform>
            <numerusform>%1 من %Ln درجات تدقيق</numerusform>
            <numerusform>%1 من %Ln درجة تدقيق</numerusform>
            <numerusform>%1 من %Ln درجة تدقيق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln pins</source>
        <translation>
            <numerusform>%1 من %Ln دبوس</numerusform>
            <numerusform>%1 من %Ln دبوس</numerusform>
            <numerusform>%1 من %Ln دبوسين</numerusform>
            <numerusform>%1 من %Ln دبابيس</numerusform>
            <numerusform>%1 من %Ln دبوس</numerusform>
            <numerusform>%1 من %Ln دبوس</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything shown: %1, %2.</source>
        <translation>كل شيء معروض: %1، %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit scores</source>
        <translation>
            <numerusform>%Ln درجة تدقيق</numerusform>
            <numerusform>%Ln درجة تدقيق</numerusform>
            <numerusform>%Ln درجتا تدقيق</numerusform>
            <numerusform>%Ln درجات تدقيق</numerusform>
            <numerusform>%Ln درجة تدقيق</numerusform>
            <numerusform>%Ln درجة تدقيق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins</source>
        <translation>
            <numerusform>%Ln دبوس</numerusform>
            <numerusform>%Ln دبوس</numerusform>
            <numerusform>%Ln دبوسان</numerusform>
            <numerusform>%Ln دبابيس</numerusform>
            <numerusform>%Ln دبوس</numerusform>
            <numerusform>%Ln دبوس</numerusform>
        </translation>
    </message>
    <message>
        <source>Heat Map Radius</source>
        <translation>نصف قطر الخريطة الحرارية</translation>
    </message>
    <message>
        <source>How far each point&apos;s heat reaches (metres):</source>
        <translation>إلى أي مدى تصل حرارة كل نقطة (بالأمتار):</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Criteria</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <source>How each criterion was scored, 0 (poor) to 3 (good)</source>
        <translation>كيف قُيّم كل معيار، من 0 (ضعيف) إلى 3 (جيد)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الناس</translation>
    </message>
    <message>
        <source>Mean safety score and share of unsafe pins by gender, age and time of day</source>
        <translation>متوسط درجة السلامة ونسبة الدبابيس غير الآمنة حسب الجنس والعمر ووقت اليوم</translation>
    </message>
    <message>
        <source>Day and Night</source>
        <translation>النهار والليل</translation>
    </message>
    <message>
        <source>The same places scored by day and at night</source>
        <translation>الأماكن نفسها مقيّمة نهاراً وليلاً</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>الشعور</translation>
    </message>
    <message>
        <source>Which criteria go with feeling unsafe</source>
        <translation>المعايير المرتبطة بالشعور بعدم الأمان</translation>
    </message>
    <message>
        <source>%1 (outcome)</source>
        <comment>a criterion scored as the outcome</comment>
        <translation>%1 (النتيجة)</translation>
    </message>
</context>
<context>
    <name>AnswerField</name>
    <message>
        <source>Type %1 (yes) or %2 (no), Space to leave it blank</source>
        <translation>اكتب %1 (نعم) أو %2 (لا)، أو Space لتركه فارغاً</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>الوسائط الموضعية</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>عرض رسالة المساعدة هذه والخروج</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: خطأ: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>الوسائط التالية مطلوبة: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>أحد الوسائط %s مطلوب</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: %(value)r (اختر من %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>أمر فرعي غير معروف %(parser_name)r (الخيارات: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة %(type)s غير صالحة: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>يُتوقع وسيط واحد</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>يُتوقع وسيط واحد على الأكثر</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>يُتوقع وسيط واحد على الأقل</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار ملتبس: قد يطابق %(option)s أياً من %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>خيار غير متوقع: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>غير مسموح مع الوسيط %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>تم تجاهل الوسيط الصريح: %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>تعذّر فتح &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message numerus="yes">
        <source>expected %s arguments</source>
        <translation>
            <numerusform>يُتوقع %s وسيط</numerusform>
            <numerusform>يُتوقع %s وسيط</numerusform>
            <numerusform>يُتوقع %s وسيطان</numerusform>
            <numerusform>يُتوقع %s وسائط</numerusform>
            <numerusform>يُتوقع %s وسيطًا</numerusform>
            <numerusform>يُتوقع %s وسيط</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditEntryForm</name>
    <message>
        <source>&lt;b&gt;0–3&lt;/b&gt; score, &lt;b&gt;Space&lt;/b&gt; blank: each moves on to the next field by itself (a Tab after it does not skip one) · &lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt; next / previous field · &lt;b&gt;Enter&lt;/b&gt; save and next sheet · &lt;b&gt;Page Up/Down&lt;/b&gt; previous / next sheet (saves this one) · &lt;b&gt;Esc&lt;/b&gt; close</source>
        <translation>&lt;b&gt;0–3&lt;/b&gt; درجة، &lt;b&gt;Space&lt;/b&gt; فراغ: كل منهما ينتقل إلى الحقل التالي تلقائياً (ولا يتخطى Tab بعده حقلاً) · &lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt; الحقل التالي / السابق · &lt;b&gt;Enter&lt;/b&gt; حفظ والورقة التالية · &lt;b&gt;Page Up/Down&lt;/b&gt; الورقة السابقة / التالية (مع حفظ هذه) · &lt;b&gt;Esc&lt;/b&gt; إغلاق</translation>
    </message>
    <message>
        <source>Enter Audit Sheets — %1</source>
        <translation>إدخال أوراق التدقيق — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <comment>a walk&apos;s title, date and time of day</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Point </source>
        <comment>before a sheet&apos;s number</comment>
        <translation>النقطة </translation>
    </message>
    <message>
        <source>Point number</source>
        <translation>رقم النقطة</translation>
    </message>
    <message>
        <source>The number of the sheet (audit point) on show</source>
        <translation>رقم الورقة (نقطة التدقيق) المعروضة</translation>
    </message>
    <message>
        <source>of </source>
        <comment>before the number of sheets</comment>
        <translation>من </translation>
    </message>
    <message>
        <source> sheets</source>
        <comment>after the number of sheets</comment>
        <translation> أوراق</translation>
    </message>
    <message>
        <source>Number of sheets</source>
        <translation>عدد الأوراق</translation>
    </message>
    <message>
        <source>How many sheets the stack has: unplaced points are spread evenly along the route</source>
        <translation>عدد الأوراق في الرزمة: النقاط غير الموضوعة تُوزَّع بالتساوي على طول المسار</translation>
    </message>
    <message>
        <source>Pick on Map</source>
        <translation>اختيار على الخريطة</translation>
    </message>
    <message>
        <source>Click the map where this point was (the Audit Point tool)</source>
        <translation>انقر على الخريطة حيث كانت هذه النقطة (أداة نقطة التدقيق)</translation>
    </message>
    <message>
        <source>Scores (0 = poor … 3 = good)</source>
        <translation>الدرجات (0 = ضعيف … 3 = جيد)</translation>
    </message>
    <message>
        <source>3 means: %1</source>
        <translation>3 تعني: %1</translation>
    </message>
    <message>
        <source>%1 (outcome)</source>
        <comment>a criterion scored as the outcome</comment>
        <translation>%1 (النتيجة)</translation>
    </message>
    <message>
        <source>3 = %1</source>
        <translation>3 = %1</translation>
    </message>
    <message>
        <source>Comment from the sheet (optional)</source>
        <translation>تعليق من الورقة (اختياري)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>The comment written on the sheet (optional)</source>
        <translation>التعليق المكتوب على الورقة (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Checklist — women&apos;s safety audit (optional: y / n, recommendation)</source>
        <translation>&amp;قائمة التحقق — تدقيق سلامة النساء (اختياري: y / n، توصية)</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <source>%1 Type y (yes) or n (no), Space to leave it blank</source>
        <translation>%1 اكتب y (نعم) أو n (لا)، أو Space لتركه فارغاً</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>التوصية: %1</translation>
    </message>
    <message>
        <source>What the walkers recommend (optional)</source>
        <translation>ما يوصي به المشاركون في الجولة (اختياري)</translation>
    </message>
    <message>
        <source>Save Point</source>
        <translation>حفظ النقطة</translation>
    </message>
    <message>
        <source>Delete Point</source>
        <translation>حذف النقطة</translation>
    </message>
    <message>
        <source>Delete this point with its scores and answers (Ctrl+Delete); undo brings it back</source>
        <translation>حذف هذه النقطة مع درجاتها وإجاباتها (Ctrl+Delete)؛ التراجع يعيدها</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>This walk&apos;s criteria set has no criteria: add some in Audit › Criteria…</source>
        <translation>مجموعة معايير هذه الجولة بلا معايير: أضف بعضها من تدقيق › المعايير…</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>الإغلاق دون حفظ؟</translation>
    </message>
    <message>
        <source>Point %1 has entries that are not saved. Close the form and lose them? (Cancel, then Enter, saves them.)</source>
        <translation>في النقطة %1 إدخالات غير محفوظة. هل تغلق النموذج وتفقدها؟ (إلغاء ثم Enter يحفظها.)</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
        <source>Placed where you clicked</source>
        <translation>وُضعت حيث نقرت</translation>
    </message>
    <message>
        <source>On the map (saved)</source>
        <translation>على الخريطة (محفوظة)</translation>
    </message>
    <message>
        <source>On the map (placed, not scored yet)</source>
        <translation>على الخريطة (موضوعة، لم تُقيَّم بعد)</translation>
    </message>
    <message>
        <source>Will be placed along the route</source>
        <translation>ستوضع على طول المسار</translation>
    </message>
    <message>
        <source>Not on the map: draw the route or Pick on Map</source>
        <translation>ليست على الخريطة: ارسم المسار أو اختر على الخريطة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos</source>
        <translation>
            <numerusform>%Ln صورة</numerusform>
            <numerusform>%Ln صورة</numerusform>
            <numerusform>%Ln صورتان</numerusform>
            <numerusform>%Ln صور</numerusform>
            <numerusform>%Ln صورة</numerusform>
            <numerusform>%Ln صورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores, %2 left blank, %3</source>
        <translation>
            <numerusform>حُفظت النقطة %1: %Ln درجة، و%2 فارغة، %3</numerusform>
            <numerusform>حُفظت النقطة %1: %Ln درجة، و%2 فارغة، %3</numerusform>
            <numerusform>حُفظت النقطة %1: %Ln درجتان، و%2 فارغة، %3</numerusform>
            <numerusform>حُفظت النقطة %1: %Ln درجات، و%2 فارغة، %3</numerusform>
            <numerusform>حُفظت النقطة %1: %Ln درجة، و%2 فارغة، %3</numerusform>
            <numerusform>حُفظت النقطة %1: %Ln درجة، و%2 فارغة، %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores, %2 left blank</source>
        <translation>
            <numerusform>حُفظت النقطة %1: %Ln درجة، و%2 فارغة</numerusform>
            <numerusform>حُفظت النقطة %1: %Ln درجة، و%2 فارغة</numerusform>
            <numerusform>حُفظت النقطة %1: %Ln درجتان، و%2 فارغة</numerusform>
            <numerusform>حُفظت النقطة %1: %Ln درجات، و%2 فارغة</numerusform>
            <numerusform>حُفظت النقطة %1: %Ln درجة، و%2 فارغة</numerusform>
            <numerusform>حُفظت النقطة %1: %Ln درجة، و%2 فارغة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores, %2</source>
        <translation>
            <numerusform>حُفظت النقطة %1: %Ln درجة، %2</numerusform>
            <numerusform>حُفظت النقطة %1: %Ln درجة، %2</numerusform>
            <numerusform>حُفظت النقطة %1: %Ln درجتان، %2</numerusform>
            <numerusform>حُفظت النقطة %1: %Ln درجات، %2</numerusform>
            <numerusform>حُفظت النقطة %1: %Ln درجة، %2</numerusform>
            <numerusform>حُفظت النقطة %1: %Ln درجة، %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores</source>
        <translation>
            <numerusform>حُفظت النقطة %1: %Ln درجة</numerusform>
            <numerusform>حُفظت النقطة %1: %Ln درجة</numerusform>
            <numerusform>حُفظت النقطة %1: %Ln درجتان</numerusform>
            <numerusform>حُفظت النقطة %1: %Ln درجات</numerusform>
            <numerusform>حُفظت النقطة %1: %Ln درجة</numerusform>
            <numerusform>حُفظت النقطة %1: %Ln درجة</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted point %1</source>
        <translation>حُذفت النقطة %1</translation>
    </message>
    <message>
        <source>That is the last field of the sheet: Enter saves point %1</source>
        <translation>هذا آخر حقل في الورقة: Enter يحفظ النقطة %1</translation>
    </message>
</context>
<context>
    <name>AuditReviewPanel</name>
    <message>
        <source>two boxes marked: choose the score</source>
        <translation>مربعان عليهما علامة: اختر الدرجة</translation>
    </message>
    <message>
        <source>a faint mark: check it</source>
        <translation>علامة باهتة: تحقق منها</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>النقطة</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>للتحقق</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>Audits</name>
    <message>
        <source>Walk</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>بلا رمز</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between a participant&apos;s code and demographics</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Draw Walk &amp;Route</source>
        <translation>رسم &amp;مسار الجولة</translation>
    </message>
    <message>
        <source>Click along the selected walk&apos;s route; Enter or double-click finishes</source>
        <translation>انقر على طول مسار الجولة المحددة؛ Enter أو النقر المزدوج للإنهاء</translation>
    </message>
    <message>
        <source>A&amp;udit Point</source>
        <translation>&amp;نقطة تدقيق</translation>
    </message>
    <message>
        <source>Click to place the selected walk&apos;s next audit point (or the sheet being entered)</source>
        <translation>انقر لوضع نقطة التدقيق التالية للجولة المحددة (أو الورقة قيد الإدخال)</translation>
    </message>
    <message>
        <source>&amp;Perception Pin</source>
        <translation>&amp;دبوس إدراك</translation>
    </message>
    <message>
        <source>Click to add a safe/unsafe pin, or click a pin to edit it</source>
        <translation>انقر لإضافة دبوس آمن/غير آمن، أو انقر على دبوس لتحريره</translation>
    </message>
    <message>
        <source>The recorded incidents were not imported</source>
        <translation>لم تُستورد الحوادث المسجلة</translation>
    </message>
    <message>
        <source>Import of recorded incidents cancelled; nothing was changed</source>
        <translation>أُلغي استيراد الحوادث المسجلة؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>Recorded incidents come from police, hospital or NGO records. CoSafe shows them as their own layer, always apart from what participants felt (pins and audit scores).</source>
        <translation>تأتي الحوادث المسجلة من سجلات الشرطة أو المستشفيات أو المنظمات غير الحكومية. يعرضها CoSafe في طبقة خاصة بها، منفصلة دائماً عمّا شعر به المشاركون والمشاركات (الدبابيس ودرجات التدقيق).</translation>
    </message>
    <message>
        <source>Import Recorded Incidents</source>
        <translation>استيراد الحوادث المسجلة</translation>
    </message>
    <message>
        <source>Incident files (%1)</source>
        <translation>ملفات الحوادث (%1)</translation>
    </message>
    <message>
        <source>CSV with longitude/latitude or x/y (%1)</source>
        <translation>CSV بخط الطول/العرض أو x/y (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>كل الملفات (%1)</translation>
    </message>
    <message>
        <source>A route needs at least two points: click along the way, then Enter</source>
        <translation>يحتاج المسار إلى نقطتين على الأقل: انقر على طول الطريق، ثم Enter</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>الشعور</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>y n</source>
        <comment>the keys typed for Yes and No on the audit checklist, in this order: two different single letters separated by a space, the first letters of your words for yes and no where you can</comment>
        <translation>ن ل</translation>
    </message>
</context>
<context>
    <name>AuditsFeature</name>
    <message>
        <source>Walks</source>
        <translation>الجولات</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>الدبابيس</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>التدقيقات</translation>
    </message>
    <message>
        <source>Enter Audit &amp;Sheets…</source>
        <translation>إدخال &amp;أوراق التدقيق…</translation>
    </message>
    <message>
        <source>Type in the selected walk&apos;s paper sheets with the keyboard</source>
        <translation>اكتب الأوراق الورقية للجولة المحددة بلوحة المفاتيح</translation>
    </message>
    <message>
        <source>Reason &amp;Tags…</source>
        <translation>&amp;وسوم الأسباب…</translation>
    </message>
    <message>
        <source>Add, rename or retire the reasons pins can give</source>
        <translation>إضافة الأسباب التي يمكن أن تحملها الدبابيس أو إعادة تسميتها أو إيقافها</translation>
    </message>
    <message>
        <source>&amp;Criteria…</source>
        <translation>&amp;المعايير…</translation>
    </message>
    <message>
        <source>Add, rename, reorder or retire the audit criteria; the score formula</source>
        <translation>إضافة معايير التدقيق أو إعادة تسميتها أو ترتيبها أو إيقافها؛ صيغة الدرجة</translation>
    </message>
    <message>
        <source>Import Recorded &amp;Incidents…</source>
        <translation>استيراد ال&amp;حوادث المسجلة…</translation>
    </message>
    <message>
        <source>Add police or NGO incident records (CSV or GIS file), kept apart from perceptions</source>
        <translation>إضافة سجلات حوادث الشرطة أو المنظمات غير الحكومية (ملف CSV أو GIS)، منفصلة عن التصورات</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>الأوراق</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>النقطة</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>ت&amp;دقيق</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Select an audit walk in the Audits panel first</source>
        <translation>حدد جولة تدقيق في لوحة التدقيقات أولاً</translation>
    </message>
    <message>
        <source>Select an audit walk in the Audits panel first: the route was not kept</source>
        <translation>حدد جولة تدقيق في لوحة التدقيقات أولاً: لم يُحتفظ بالمسار</translation>
    </message>
    <message>
        <source>Replace the walk&apos;s route?</source>
        <translation>استبدال مسار الجولة؟</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has a route of %2 points already. Replace it with the %Ln points just drawn? (Undo brings the old route back.)</source>
        <translation>
            <numerusform>لـ«%1» مسار من %2 نقطة بالفعل. هل تستبدله بـ%Ln نقطة المرسومة للتو؟ (التراجع يعيد المسار القديم.)</numerusform>
            <numerusform>لـ«%1» مسار من %2 نقطة بالفعل. هل تستبدله بـ%Ln نقطة المرسومة للتو؟ (التراجع يعيد المسار القديم.)</numerusform>
            <numerusform>لـ«%1» مسار من %2 نقطة بالفعل. هل تستبدله بـ%Ln نقطتين المرسومة للتو؟ (التراجع يعيد المسار القديم.)</numerusform>
            <numerusform>لـ«%1» مسار من %2 نقطة بالفعل. هل تستبدله بـ%Ln نقاط المرسومة للتو؟ (التراجع يعيد المسار القديم.)</numerusform>
            <numerusform>لـ«%1» مسار من %2 نقطة بالفعل. هل تستبدله بـ%Ln نقطة المرسومة للتو؟ (التراجع يعيد المسار القديم.)</numerusform>
            <numerusform>لـ«%1» مسار من %2 نقطة بالفعل. هل تستبدله بـ%Ln نقطة المرسومة للتو؟ (التراجع يعيد المسار القديم.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Route</source>
        <translation>استبدال المسار</translation>
    </message>
    <message>
        <source>The route of “%1” was kept as it was</source>
        <translation>بقي مسار «%1» كما كان</translation>
    </message>
    <message numerus="yes">
        <source>Route of “%1” drawn: %Ln points</source>
        <translation>
            <numerusform>رُسم مسار «%1»: %Ln نقطة</numerusform>
            <numerusform>رُسم مسار «%1»: %Ln نقطة</numerusform>
            <numerusform>رُسم مسار «%1»: %Ln نقطتان</numerusform>
            <numerusform>رُسم مسار «%1»: %Ln نقاط</numerusform>
            <numerusform>رُسم مسار «%1»: %Ln نقطة</numerusform>
            <numerusform>رُسم مسار «%1»: %Ln نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>Place audit point %1 of “%2”</source>
        <translation>وضع نقطة التدقيق %1 من «%2»</translation>
    </message>
    <message>
        <source>Audit point %1 placed; Enter Audit Sheets to score it</source>
        <translation>وُضعت نقطة التدقيق %1؛ استخدم إدخال أوراق التدقيق لتقييمها</translation>
    </message>
</context>
<context>
    <name>AuditsPanel</name>
    <message>
        <source>&amp;New Audit Walk…</source>
        <translation>جولة تدقيق &amp;جديدة…</translation>
    </message>
    <message>
        <source>Record a walk: date, time of day, who walked</source>
        <translation>تسجيل جولة: التاريخ، وقت اليوم، من شارك فيها</translation>
    </message>
    <message>
        <source>&amp;Edit Walk…</source>
        <translation>&amp;تحرير الجولة…</translation>
    </message>
    <message>
        <source>Change the selected walk&apos;s details or walkers</source>
        <translation>تغيير تفاصيل الجولة المحددة أو المشاركين فيها</translation>
    </message>
    <message>
        <source>&amp;Delete Walk</source>
        <translation>&amp;حذف الجولة</translation>
    </message>
    <message>
        <source>Delete the walk with its points and scores</source>
        <translation>حذف الجولة مع نقاطها ودرجاتها</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Audit walks</source>
        <translation>جولات التدقيق</translation>
    </message>
    <message>
        <source>The recorded walks; select one to see its points</source>
        <translation>الجولات المسجلة؛ حدد إحداها لرؤية نقاطها</translation>
    </message>
    <message>
        <source>%1  (no route)</source>
        <translation>%1  (بلا مسار)</translation>
    </message>
    <message>
        <source>No audit walks yet. New records a walk; then draw its route and enter its sheets.</source>
        <translation>لا جولات تدقيق بعد. «جديد» يسجل جولة؛ ثم ارسم مسارها وأدخل أوراقها.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”, its %Ln audit points with their scores and the photos of its paper sheets will be deleted. Undo brings them back.</source>
        <translation>
            <numerusform>ستُحذف «%1» و%Ln نقطة تدقيق التابعة لها مع درجاتها وصور أوراقها المطبوعة. التراجع يعيدها.</numerusform>
            <numerusform>ستُحذف «%1» و%Ln نقطة تدقيق التابعة لها مع درجاتها وصور أوراقها المطبوعة. التراجع يعيدها.</numerusform>
            <numerusform>ستُحذف «%1» و%Ln نقطتا تدقيق التابعة لها مع درجاتها وصور أوراقها المطبوعة. التراجع يعيدها.</numerusform>
            <numerusform>ستُحذف «%1» و%Ln نقاط تدقيق التابعة لها مع درجاتها وصور أوراقها المطبوعة. التراجع يعيدها.</numerusform>
            <numerusform>ستُحذف «%1» و%Ln نقطة تدقيق التابعة لها مع درجاتها وصور أوراقها المطبوعة. التراجع يعيدها.</numerusform>
            <numerusform>ستُحذف «%1» و%Ln نقطة تدقيق التابعة لها مع درجاتها وصور أوراقها المطبوعة. التراجع يعيدها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and its %Ln audit points with their scores will be deleted. Undo brings them back.</source>
        <translation>
            <numerusform>ستُحذف «%1» و%Ln نقطة تدقيق التابعة لها مع درجاتها. التراجع يعيدها.</numerusform>
            <numerusform>ستُحذف «%1» و%Ln نقطة تدقيق التابعة لها مع درجاتها. التراجع يعيدها.</numerusform>
            <numerusform>ستُحذف «%1» و%Ln نقطتا تدقيق التابعة لها مع درجاتها. التراجع يعيدها.</numerusform>
            <numerusform>ستُحذف «%1» و%Ln نقاط تدقيق التابعة لها مع درجاتها. التراجع يعيدها.</numerusform>
            <numerusform>ستُحذف «%1» و%Ln نقطة تدقيق التابعة لها مع درجاتها. التراجع يعيدها.</numerusform>
            <numerusform>ستُحذف «%1» و%Ln نقطة تدقيق التابعة لها مع درجاتها. التراجع يعيدها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete audit walk?</source>
        <translation>حذف جولة التدقيق؟</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <source>Copies CoSafe wrote beside the project file before a merge or an upgrade. Each is a full copy of the project, contacts and stories included: remove those you no longer need.</source>
        <translation>نسخ كتبها CoSafe بجانب ملف المشروع قبل دمج أو ترقية. كل منها نسخة كاملة من المشروع، بما فيها جهات الاتصال والقصص: أزل ما لم تعد بحاجة إليه.</translation>
    </message>
    <message>
        <source>No backups beside the project file.</source>
        <translation>لا نسخ احتياطية بجانب ملف المشروع.</translation>
    </message>
    <message>
        <source>a merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>upgrading format %1</source>
        <translation>ترقية الصيغة %1</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>إ&amp;زالة…</translation>
    </message>
    <message>
        <source>Delete the selected backups from the disk</source>
        <translation>حذف النسخ الاحتياطية المحددة من القرص</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backups, %1 in all.</source>
        <translation>
            <numerusform>%Ln نسخة احتياطية، %1 إجمالاً.</numerusform>
            <numerusform>%Ln نسخة احتياطية، %1 إجمالاً.</numerusform>
            <numerusform>%Ln نسختان احتياطيتان، %1 إجمالاً.</numerusform>
            <numerusform>%Ln نسخ احتياطية، %1 إجمالاً.</numerusform>
            <numerusform>%Ln نسخة احتياطية، %1 إجمالاً.</numerusform>
            <numerusform>%Ln نسخة احتياطية، %1 إجمالاً.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this backup?</source>
        <translation>إزالة هذه النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <source>%1 is a full copy of the project as it was %2 on %3, contacts and stories included. Removing deletes it from the disk and it cannot be brought back; the project itself stays as it is.</source>
        <translation>%1 نسخة كاملة من المشروع كما كان %2 في %3، بما فيها جهات الاتصال والقصص. الإزالة تحذفها من القرص ولا يمكن استعادتها؛ يبقى المشروع نفسه كما هو.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln backups?</source>
        <translation>
            <numerusform>إزالة %Ln نسخة احتياطية؟</numerusform>
            <numerusform>إزالة %Ln نسخة احتياطية؟</numerusform>
            <numerusform>إزالة %Ln نسختين احتياطيتين؟</numerusform>
            <numerusform>إزالة %Ln نسخ احتياطية؟</numerusform>
            <numerusform>إزالة %Ln نسخة احتياطية؟</numerusform>
            <numerusform>إزالة %Ln نسخة احتياطية؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %Ln files are full copies of the project, contacts and stories included. Removing deletes them from the disk and they cannot be brought back; the project itself stays as it is.</source>
        <translation>
            <numerusform>هذه الملفات (%Ln ملف) نسخ كاملة من المشروع، بما فيها جهات الاتصال والقصص. الإزالة تحذفها من القرص ولا يمكن استعادتها؛ يبقى المشروع نفسه كما هو.</numerusform>
            <numerusform>هذه الملفات (%Ln ملف) نسخ كاملة من المشروع، بما فيها جهات الاتصال والقصص. الإزالة تحذفها من القرص ولا يمكن استعادتها؛ يبقى المشروع نفسه كما هو.</numerusform>
            <numerusform>هذه الملفات (%Ln ملفان) نسخ كاملة من المشروع، بما فيها جهات الاتصال والقصص. الإزالة تحذفها من القرص ولا يمكن استعادتها؛ يبقى المشروع نفسه كما هو.</numerusform>
            <numerusform>هذه الملفات (%Ln ملفات) نسخ كاملة من المشروع، بما فيها جهات الاتصال والقصص. الإزالة تحذفها من القرص ولا يمكن استعادتها؛ يبقى المشروع نفسه كما هو.</numerusform>
            <numerusform>هذه الملفات (%Ln ملف) نسخ كاملة من المشروع، بما فيها جهات الاتصال والقصص. الإزالة تحذفها من القرص ولا يمكن استعادتها؛ يبقى المشروع نفسه كما هو.</numerusform>
            <numerusform>هذه الملفات (%Ln ملف) نسخ كاملة من المشروع، بما فيها جهات الاتصال والقصص. الإزالة تحذفها من القرص ولا يمكن استعادتها؛ يبقى المشروع نفسه كما هو.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Backup not removed</source>
        <translation>لم تُزل النسخة الاحتياطية</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>before a merge</source>
        <translation>قبل دمج</translation>
    </message>
    <message>
        <source>before upgrading from format %1</source>
        <translation>قبل الترقية من الصيغة %1</translation>
    </message>
    <message>
        <source>The backups beside %1 cannot be listed: %2</source>
        <translation>تعذّر سرد النسخ الاحتياطية بجانب %1: %2</translation>
    </message>
    <message>
        <source>%1 is read-only (%2); no backup was removed</source>
        <translation>%1 للقراءة فقط (%2)؛ لم تُزل أي نسخة احتياطية</translation>
    </message>
    <message>
        <source>%1 is not a backup of %2; no backup was removed</source>
        <translation>%1 ليس نسخة احتياطية من %2؛ لم تُزل أي نسخة احتياطية</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>تعذّرت إزالة %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>تعذّرت قراءة %1</translation>
    </message>
</context>
<context>
    <name>BasemapFeature</name>
    <message>
        <source>Layers</source>
        <translation>الطبقات</translation>
    </message>
    <message>
        <source>Import &amp;Basemap…</source>
        <translation>استيراد &amp;خريطة أساس…</translation>
    </message>
    <message>
        <source>Add a street map, MBTiles or a photo of a paper map to the project</source>
        <translation>إضافة خريطة شوارع أو MBTiles أو صورة لخريطة ورقية إلى المشروع</translation>
    </message>
    <message>
        <source>&amp;Zoom to Layer</source>
        <translation>&amp;تكبير إلى الطبقة</translation>
    </message>
    <message>
        <source>Show the whole of the layer selected in the Layers panel</source>
        <translation>عرض الطبقة المحددة في لوحة الطبقات كاملة</translation>
    </message>
    <message>
        <source>Set Project &amp;Area to This View</source>
        <translation>تعيين &amp;منطقة المشروع إلى هذا العرض</translation>
    </message>
    <message>
        <source>Zoom to Project will show at least what the map shows now</source>
        <translation>سيعرض التكبير إلى المشروع على الأقل ما تعرضه الخريطة الآن</translation>
    </message>
    <message>
        <source>Clear Project Area</source>
        <translation>مسح منطقة المشروع</translation>
    </message>
    <message>
        <source>Zoom to Project shows only the proposals, pins and walks again</source>
        <translation>يعرض التكبير إلى المشروع المقترحات والدبابيس والجولات فقط مجدداً</translation>
    </message>
</context>
<context>
    <name>BasemapImport</name>
    <message numerus="yes">
        <source>Imported %Ln tiles into “%1”</source>
        <translation>
            <numerusform>استُورد %Ln بلاطة إلى «%1»</numerusform>
            <numerusform>استُورد %Ln بلاطة إلى «%1»</numerusform>
            <numerusform>استُورد %Ln بلاطتان إلى «%1»</numerusform>
            <numerusform>استُورد %Ln بلاطات إلى «%1»</numerusform>
            <numerusform>استُورد %Ln بلاطة إلى «%1»</numerusform>
            <numerusform>استُورد %Ln بلاطة إلى «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln features into “%1”</source>
        <translation>
            <numerusform>استُورد %Ln معلم إلى «%1»</numerusform>
            <numerusform>استُورد %Ln معلم إلى «%1»</numerusform>
            <numerusform>استُورد %Ln معلمان إلى «%1»</numerusform>
            <numerusform>استُورد %Ln معالم إلى «%1»</numerusform>
            <numerusform>استُورد %Ln معلم إلى «%1»</numerusform>
            <numerusform>استُورد %Ln معلم إلى «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln tiles into %1 layers from %2</source>
        <translation>
            <numerusform>استُورد %Ln بلاطة إلى %1 طبقات من %2</numerusform>
            <numerusform>استُورد %Ln بلاطة إلى %1 طبقات من %2</numerusform>
            <numerusform>استُورد %Ln بلاطتان إلى %1 طبقات من %2</numerusform>
            <numerusform>استُورد %Ln بلاطات إلى %1 طبقات من %2</numerusform>
            <numerusform>استُورد %Ln بلاطة إلى %1 طبقات من %2</numerusform>
            <numerusform>استُورد %Ln بلاطة إلى %1 طبقات من %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln features into %1 layers from %2</source>
        <translation>
            <numerusform>استُورد %Ln معلم إلى %1 طبقات من %2</numerusform>
            <numerusform>استُورد %Ln معلم إلى %1 طبقات من %2</numerusform>
            <numerusform>استُورد %Ln معلمان إلى %1 طبقات من %2</numerusform>
            <numerusform>استُورد %Ln معالم إلى %1 طبقات من %2</numerusform>
            <numerusform>استُورد %Ln معلم إلى %1 طبقات من %2</numerusform>
            <numerusform>استُورد %Ln معلم إلى %1 طبقات من %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BasemapImporter</name>
    <message>
        <source>The basemap was not imported</source>
        <translation>لم تُستورد خريطة الأساس</translation>
    </message>
    <message>
        <source>Part of the file was not imported</source>
        <translation>لم يُستورد جزء من الملف</translation>
    </message>
    <message>
        <source>Import a street map first</source>
        <translation>استورد خريطة شوارع أولاً</translation>
    </message>
    <message>
        <source>A paper map is placed by matching points on it with the project&apos;s map, which is still empty. Import an OpenStreetMap extract or another map file first.</source>
        <translation>تُوضع الخريطة الورقية بمطابقة نقاط عليها مع خريطة المشروع، وهي ما زالت فارغة. استورد مقتطفاً من OpenStreetMap أو ملف خريطة آخر أولاً.</translation>
    </message>
    <message numerus="yes">
        <source>Placed paper map “%1” by %Ln points</source>
        <translation>
            <numerusform>وُضعت الخريطة الورقية «%1» بـ%Ln نقطة</numerusform>
            <numerusform>وُضعت الخريطة الورقية «%1» بـ%Ln نقطة</numerusform>
            <numerusform>وُضعت الخريطة الورقية «%1» بـ%Ln نقطتين</numerusform>
            <numerusform>وُضعت الخريطة الورقية «%1» بـ%Ln نقاط</numerusform>
            <numerusform>وُضعت الخريطة الورقية «%1» بـ%Ln نقطة</numerusform>
            <numerusform>وُضعت الخريطة الورقية «%1» بـ%Ln نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed</source>
        <translation>أُلغي الاستيراد؛ لم يتغير شيء</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>Compare by:</source>
        <translation>المقارنة حسب:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Mean safety score (0–5)</source>
        <translation>متوسط درجة السلامة (0–5)</translation>
    </message>
    <message>
        <source>Unsafe pins (% of pins)</source>
        <translation>الدبابيس غير الآمنة (% من الدبابيس)</translation>
    </message>
    <message numerus="yes">
        <source>Groups with fewer than %Ln people, and groups from which one could be worked out, show “hidden” instead of a figure, to protect participants (%1 of %2 here). Each comparison you tick splits people into smaller groups, so more are hidden.</source>
        <translation>
            <numerusform>الفئات التي تضم أقل من %Ln شخص، والفئات التي يمكن أن يُستنتج منها أحدها، تعرض «مخفي» بدلاً من الرقم، لحماية المشاركين والمشاركات (%1 من %2 هنا). كل مقارنة تحددها تقسم الناس إلى فئات أصغر، فيُخفى المزيد.</numerusform>
            <numerusform>الفئات التي تضم أقل من %Ln شخص، والفئات التي يمكن أن يُستنتج منها أحدها، تعرض «مخفي» بدلاً من الرقم، لحماية المشاركين والمشاركات (%1 من %2 هنا). كل مقارنة تحددها تقسم الناس إلى فئات أصغر، فيُخفى المزيد.</numerusform>
            <numerusform>الفئات التي تضم أقل من %Ln شخصين، والفئات التي يمكن أن يُستنتج منها أحدها، تعرض «مخفي» بدلاً من الرقم، لحماية المشاركين والمشاركات (%1 من %2 هنا). كل مقارنة تحددها تقسم الناس إلى فئات أصغر، فيُخفى المزيد.</numerusform>
            <numerusform>الفئات التي تضم أقل من %Ln أشخاص، والفئات التي يمكن أن يُستنتج منها أحدها، تعرض «مخفي» بدلاً من الرقم، لحماية المشاركين والمشاركات (%1 من %2 هنا). كل مقارنة تحددها تقسم الناس إلى فئات أصغر، فيُخفى المزيد.</numerusform>
            <numerusform>الفئات التي تضم أقل من %Ln شخص، والفئات التي يمكن أن يُستنتج منها أحدها، تعرض «مخفي» بدلاً من الرقم، لحماية المشاركين والمشاركات (%1 من %2 هنا). كل مقارنة تحددها تقسم الناس إلى فئات أصغر، فيُخفى المزيد.</numerusform>
            <numerusform>الفئات التي تضم أقل من %Ln شخص، والفئات التي يمكن أن يُستنتج منها أحدها، تعرض «مخفي» بدلاً من الرقم، لحماية المشاركين والمشاركات (%1 من %2 هنا). كل مقارنة تحددها تقسم الناس إلى فئات أصغر، فيُخفى المزيد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every group here has at least %Ln people.</source>
        <translation>
            <numerusform>كل فئة هنا تضم %Ln شخص على الأقل.</numerusform>
            <numerusform>كل فئة هنا تضم %Ln شخص على الأقل.</numerusform>
            <numerusform>كل فئة هنا تضم %Ln شخصين على الأقل.</numerusform>
            <numerusform>كل فئة هنا تضم %Ln أشخاص على الأقل.</numerusform>
            <numerusform>كل فئة هنا تضم %Ln شخص على الأقل.</numerusform>
            <numerusform>كل فئة هنا تضم %Ln شخص على الأقل.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <source>No group</source>
        <translation>بلا مجموعة</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a group&apos;s key and name</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>cosafe remove-backups: give either backup names or --all, not both (cosafe info %1 lists them)</source>
        <translation>cosafe remove-backups: أعطِ أسماء النسخ الاحتياطية أو --all، لا كليهما (cosafe info %1 يسردها)</translation>
    </message>
    <message>
        <source>cosafe remove-backups: name the backups to remove, or give --all (cosafe info %1 lists them)</source>
        <translation>cosafe remove-backups: سمِّ النسخ الاحتياطية المراد إزالتها، أو أعطِ --all (cosafe info %1 يسردها)</translation>
    </message>
    <message>
        <source>%1 has no backups</source>
        <translation>لا نسخ احتياطية لـ%1</translation>
    </message>
    <message>
        <source>Removed %1 (%2, made %3)</source>
        <translation>أُزيلت %1 (%2، أُنشئت %3)</translation>
    </message>
    <message>
        <source>Upgraded %1 to project format %2; the file as it was is kept as %3 (a full copy: cosafe remove-backups %4 %3 removes it)</source>
        <translation>رُقّي %1 إلى صيغة المشروع %2؛ يُحتفظ بالملف كما كان باسم %3 (نسخة كاملة: cosafe remove-backups %4 %3 يزيلها)</translation>
    </message>
    <message>
        <source>backups:</source>
        <translation>النسخ الاحتياطية:</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no backups</comment>
        <translation>لا شيء</translation>
    </message>
    <message numerus="yes">
        <source>%Ln full copies of the project, contacts and stories included (remove with: cosafe remove-backups %1 --all, or NAME…)</source>
        <translation>
            <numerusform>%Ln نسخة كاملة من المشروع، بما فيها جهات الاتصال والقصص (للإزالة: cosafe remove-backups %1 --all، أو NAME…)</numerusform>
            <numerusform>%Ln نسخة كاملة من المشروع، بما فيها جهات الاتصال والقصص (للإزالة: cosafe remove-backups %1 --all، أو NAME…)</numerusform>
            <numerusform>%Ln نسختان كاملتان من المشروع، بما فيها جهات الاتصال والقصص (للإزالة: cosafe remove-backups %1 --all، أو NAME…)</numerusform>
            <numerusform>%Ln نسخ كاملة من المشروع، بما فيها جهات الاتصال والقصص (للإزالة: cosafe remove-backups %1 --all، أو NAME…)</numerusform>
            <numerusform>%Ln نسخة كاملة من المشروع، بما فيها جهات الاتصال والقصص (للإزالة: cosafe remove-backups %1 --all، أو NAME…)</numerusform>
            <numerusform>%Ln نسخة كاملة من المشروع، بما فيها جهات الاتصال والقصص (للإزالة: cosafe remove-backups %1 --all، أو NAME…)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>أُنشئ %1</translation>
    </message>
    <message>
        <source>%1  (no place set)</source>
        <comment>a project without a place</comment>
        <translation>%1  (لم يُحدَّد مكان)</translation>
    </message>
    <message>
        <source>file:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>created:</source>
        <translation>الإنشاء:</translation>
    </message>
    <message>
        <source>format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>costs:</source>
        <translation>التكاليف:</translation>
    </message>
    <message>
        <source>plan language:</source>
        <translation>لغة الخطة:</translation>
    </message>
    <message>
        <source>%1   updated: %2</source>
        <comment>when the project was created, and last changed</comment>
        <translation>%1   التحديث: %2</translation>
    </message>
    <message>
        <source>CoSafe project format %1; small cells below %2 suppressed</source>
        <translation>صيغة مشروع CoSafe %1؛ تُخفى الخلايا الصغيرة دون %2</translation>
    </message>
    <message>
        <source>plain numbers (no currency set)</source>
        <translation>أرقام مجردة (لم تُحدَّد عملة)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a language&apos;s name and code: “Português (pt)”</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not set: the language of whoever exports it</source>
        <translation>غير محددة: لغة من يصدّرها</translation>
    </message>
    <message>
        <source>Removed the traces of deleted records from %1 (%2 MB → %3 MB)</source>
        <translation>أُزيلت آثار السجلات المحذوفة من %1 (%2 ميغابايت ← %3 ميغابايت)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln problems found</source>
        <translation>
            <numerusform>%1: عُثر على %Ln مشكلة</numerusform>
            <numerusform>%1: عُثر على %Ln مشكلة</numerusform>
            <numerusform>%1: عُثر على %Ln مشكلتين</numerusform>
            <numerusform>%1: عُثر على %Ln مشكلات</numerusform>
            <numerusform>%1: عُثر على %Ln مشكلة</numerusform>
            <numerusform>%1: عُثر على %Ln مشكلة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: SQLite integrity ok; GeoPackage structure ok; records ok; project format %2 (current)</source>
        <translation>%1: سلامة SQLite سليمة؛ بنية GeoPackage سليمة؛ السجلات سليمة؛ صيغة المشروع %2 (الحالية)</translation>
    </message>
    <message>
        <source>%1 already exists (use --force to replace it)</source>
        <translation>%1 موجود بالفعل (استخدم --force لاستبداله)</translation>
    </message>
    <message>
        <source>The sample project was not written: %1</source>
        <translation>لم يُكتب المشروع النموذجي: %1</translation>
    </message>
    <message>
        <source>Wrote the sample project to %1</source>
        <translation>كُتب المشروع النموذجي في %1</translation>
    </message>
    <message>
        <source>%1 is a picture without georeferencing: place it with at least three --control-point COLUMN,ROW,LON,LAT (or with File › Import Basemap in the app)</source>
        <translation>%1 صورة بلا إسناد جغرافي: ضعها بثلاث نقاط --control-point COLUMN,ROW,LON,LAT على الأقل (أو عبر ملف › استيراد خريطة أساس في التطبيق)</translation>
    </message>
    <message>
        <source>%1: its coordinates have no known coordinate reference system; they lie within longitude/latitude&apos;s range: if they are longitude/latitude, give --crs EPSG:4326, else the one they use with --crs EPSG:xxxx</source>
        <translation>%1: ليس لإحداثياته نظام إحداثيات مرجعي معروف؛ وهي تقع ضمن نطاق خطوط الطول/العرض: إن كانت خطوط طول/عرض فحدد --crs EPSG:4326، وإلا فحدد النظام الذي تستخدمه بـ --crs EPSG:xxxx</translation>
    </message>
    <message>
        <source>%1: its coordinates have no known coordinate reference system; give the one it uses with --crs EPSG:xxxx (e.g. --crs EPSG:32737)</source>
        <translation>%1: ليس لإحداثياته نظام إحداثيات مرجعي معروف؛ حدد النظام الذي يستخدمه بـ --crs EPSG:xxxx (مثلاً --crs EPSG:32737)</translation>
    </message>
    <message numerus="yes">
        <source>Placed %1: %Ln control points, RMS error %2 m</source>
        <translation>
            <numerusform>وُضعت %1: %Ln نقطة تحكم، خطأ RMS %2 م</numerusform>
            <numerusform>وُضعت %1: %Ln نقطة تحكم، خطأ RMS %2 م</numerusform>
            <numerusform>وُضعت %1: %Ln نقطتا تحكم، خطأ RMS %2 م</numerusform>
            <numerusform>وُضعت %1: %Ln نقاط تحكم، خطأ RMS %2 م</numerusform>
            <numerusform>وُضعت %1: %Ln نقطة تحكم، خطأ RMS %2 م</numerusform>
            <numerusform>وُضعت %1: %Ln نقطة تحكم، خطأ RMS %2 م</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln tiles</source>
        <translation>
            <numerusform>استُورد %1: %Ln بلاطة</numerusform>
            <numerusform>استُورد %1: %Ln بلاطة</numerusform>
            <numerusform>استُورد %1: %Ln بلاطتان</numerusform>
            <numerusform>استُورد %1: %Ln بلاطات</numerusform>
            <numerusform>استُورد %1: %Ln بلاطة</numerusform>
            <numerusform>استُورد %1: %Ln بلاطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln features, drawn as %2</source>
        <comment>%2: the style class given</comment>
        <translation>
            <numerusform>استُورد %1: %Ln معلم، مرسومة على شكل %2</numerusform>
            <numerusform>استُورد %1: %Ln معلم، مرسومة على شكل %2</numerusform>
            <numerusform>استُورد %1: %Ln معلمان، مرسومة على شكل %2</numerusform>
            <numerusform>استُورد %1: %Ln معالم، مرسومة على شكل %2</numerusform>
            <numerusform>استُورد %1: %Ln معلم، مرسومة على شكل %2</numerusform>
            <numerusform>استُورد %1: %Ln معلم، مرسومة على شكل %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln features</source>
        <translation>
            <numerusform>استُورد %1: %Ln معلم</numerusform>
            <numerusform>استُورد %1: %Ln معلم</numerusform>
            <numerusform>استُورد %1: %Ln معلمان</numerusform>
            <numerusform>استُورد %1: %Ln معالم</numerusform>
            <numerusform>استُورد %1: %Ln معلم</numerusform>
            <numerusform>استُورد %1: %Ln معلم</numerusform>
        </translation>
    </message>
    <message>
        <source>points</source>
        <translation>نقاط</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>خطوط</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>مساحات</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %Ln features</source>
        <comment>%1: a layer, %2: points, lines or areas</comment>
        <translation>
            <numerusform>%1: %2، %Ln معلم</numerusform>
            <numerusform>%1: %2، %Ln معلم</numerusform>
            <numerusform>%1: %2، %Ln معلمان</numerusform>
            <numerusform>%1: %2، %Ln معالم</numerusform>
            <numerusform>%1: %2، %Ln معلمًا</numerusform>
            <numerusform>%1: %2، %Ln معلم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>%1: a layer, %2: points, lines or areas</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Shapefile: --encoding applies only to a Shapefile&apos;s attributes</source>
        <translation>%1 ليس ملف Shapefile: لا ينطبق ‎--encoding إلا على سمات ملف Shapefile</translation>
    </message>
    <message>
        <source>Unknown encoding %1; give auto or one of %2</source>
        <translation>ترميز غير معروف %1؛ اذكر auto أو أحد الترميزات %2</translation>
    </message>
    <message>
        <source>No chosen layer of %1 has a field %2</source>
        <translation>لا تحتوي أي طبقة مختارة من %1 على الحقل %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln recorded incidents from %1</source>
        <translation>
            <numerusform>استُورد %Ln حادثة مسجلة من %1</numerusform>
            <numerusform>استُورد %Ln حادثة مسجلة من %1</numerusform>
            <numerusform>استُورد %Ln حادثتان مسجلتان من %1</numerusform>
            <numerusform>استُورد %Ln حوادث مسجلة من %1</numerusform>
            <numerusform>استُورد %Ln حادثة مسجلة من %1</numerusform>
            <numerusform>استُورد %Ln حادثة مسجلة من %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a control point is COLUMN,ROW,LON,LAT, not %1</source>
        <translation>نقطة التحكم هي COLUMN,ROW,LON,LAT، وليست %1</translation>
    </message>
    <message>
        <source>longitude/latitude out of range in %1</source>
        <translation>خط الطول/العرض خارج النطاق في %1</translation>
    </message>
    <message>
        <source>--include-contacts needs --full: a public export never holds contacts</source>
        <translation>--include-contacts يتطلب --full: التصدير العام لا يحتوي أبداً على جهات اتصال</translation>
    </message>
    <message>
        <source>The project has no records to export</source>
        <translation>لا سجلات في المشروع لتصديرها</translation>
    </message>
    <message>
        <source>the grid is a number of metres from 1 to 100000, not %1</source>
        <translation>الشبكة عدد من الأمتار من 1 إلى 100000، وليس %1</translation>
    </message>
    <message>
        <source>size must look like 1600x1200, not %1</source>
        <translation>يجب أن يكون الحجم مثل 1600x1200، وليس %1</translation>
    </message>
    <message>
        <source>width and height must be between 16 and 20000 pixels</source>
        <translation>يجب أن يكون العرض والارتفاع بين 16 و20000 بكسل</translation>
    </message>
    <message>
        <source>bbox must be minlon,minlat,maxlon,maxlat, not %1</source>
        <translation>يجب أن يكون bbox بصيغة minlon,minlat,maxlon,maxlat، وليس %1</translation>
    </message>
    <message>
        <source>bbox must have minlon &lt; maxlon within ±180 and minlat &lt; maxlat within ±85</source>
        <translation>يجب أن يكون في bbox ‏minlon &lt; maxlon ضمن ±180 وminlat &lt; maxlat ضمن ±85</translation>
    </message>
    <message>
        <source>DPI must be a whole number from 72 to 600, not %1</source>
        <translation>يجب أن تكون الدقة (DPI) عدداً صحيحاً من 72 إلى 600، وليس %1</translation>
    </message>
    <message>
        <source>overlays are names separated by commas, not %1</source>
        <translation>الطبقات الإضافية أسماء مفصولة بفواصل، وليس %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>تعذّرت كتابة %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3 px, %4 dpi)</source>
        <translation>كُتب %1 (%2×%3 بكسل، %4 dpi)</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>the paper size</comment>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Wrote the action plan (public version, %1) to %2</source>
        <comment>%1: the paper size</comment>
        <translation>كُتبت خطة العمل (النسخة العامة، %1) في %2</translation>
    </message>
    <message>
        <source>Wrote the action plan (for the project team, %1) to %2</source>
        <comment>%1: the paper size</comment>
        <translation>كُتبت خطة العمل (لفريق المشروع، %1) في %2</translation>
    </message>
    <message>
        <source>Audit sheets are printed on A4 or A3 paper</source>
        <translation>تُطبع أوراق التدقيق على ورق A4 أو A3</translation>
    </message>
    <message>
        <source>--points is a number of points from 1 to 999</source>
        <translation>‎--points عدد نقاط من 1 إلى 999</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln audit sheets to %1</source>
        <translation>
            <numerusform>كُتبت %Ln ورقة تدقيق في %1</numerusform>
            <numerusform>كُتبت ورقة تدقيق واحدة (%Ln) في %1</numerusform>
            <numerusform>كُتبت %Ln ورقتا تدقيق في %1</numerusform>
            <numerusform>كُتبت %Ln أوراق تدقيق في %1</numerusform>
            <numerusform>كُتبت %Ln ورقة تدقيق في %1</numerusform>
            <numerusform>كُتبت %Ln ورقة تدقيق في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln group maps to %1</source>
        <translation>
            <numerusform>كُتبت %Ln خريطة مجموعات في %1</numerusform>
            <numerusform>كُتبت %Ln خريطة مجموعات في %1</numerusform>
            <numerusform>كُتبت %Ln خريطتا مجموعات في %1</numerusform>
            <numerusform>كُتبت %Ln خرائط مجموعات في %1</numerusform>
            <numerusform>كُتبت %Ln خريطة مجموعات في %1</numerusform>
            <numerusform>كُتبت %Ln خريطة مجموعات في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cosafe: %1: %2; --again reads it once more</source>
        <comment>%2: when it was read</comment>
        <translation>cosafe: %1: %2؛ الخيار --again يقرؤها مرة أخرى</translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln dots found (nothing stored)</source>
        <translation>
            <numerusform>%1: الورقة %2: عُثر على %Ln نقطة (لم يُحفظ شيء)</numerusform>
            <numerusform>%1: الورقة %2: عُثر على %Ln نقطة (لم يُحفظ شيء)</numerusform>
            <numerusform>%1: الورقة %2: عُثر على %Ln نقطتين (لم يُحفظ شيء)</numerusform>
            <numerusform>%1: الورقة %2: عُثر على %Ln نقاط (لم يُحفظ شيء)</numerusform>
            <numerusform>%1: الورقة %2: عُثر على %Ln نقطة (لم يُحفظ شيء)</numerusform>
            <numerusform>%1: الورقة %2: عُثر على %Ln نقطة (لم يُحفظ شيء)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln pen lines and shapes found (nothing stored)</source>
        <translation>
            <numerusform>%1: الورقة %2: وُجد %Ln خطًا وشكلًا بالقلم (لم يُحفظ شيء)</numerusform>
            <numerusform>%1: الورقة %2: وُجد %Ln خط أو شكل بالقلم (لم يُحفظ شيء)</numerusform>
            <numerusform>%1: الورقة %2: وُجد %Ln خطان أو شكلان بالقلم (لم يُحفظ شيء)</numerusform>
            <numerusform>%1: الورقة %2: وُجدت %Ln خطوط وأشكال بالقلم (لم يُحفظ شيء)</numerusform>
            <numerusform>%1: الورقة %2: وُجد %Ln خطًا وشكلًا بالقلم (لم يُحفظ شيء)</numerusform>
            <numerusform>%1: الورقة %2: وُجد %Ln خط وشكل بالقلم (لم يُحفظ شيء)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln of them uncertain (flagged for a review)</source>
        <translation>
            <numerusform>%1: الورقة %2: %Ln منها غير مؤكدة (مُعلَّمة للمراجعة)</numerusform>
            <numerusform>%1: الورقة %2: %Ln منها غير مؤكدة (مُعلَّمة للمراجعة)</numerusform>
            <numerusform>%1: الورقة %2: %Ln منها غير مؤكدة (مُعلَّمة للمراجعة)</numerusform>
            <numerusform>%1: الورقة %2: %Ln منها غير مؤكدة (مُعلَّمة للمراجعة)</numerusform>
            <numerusform>%1: الورقة %2: %Ln منها غير مؤكدة (مُعلَّمة للمراجعة)</numerusform>
            <numerusform>%1: الورقة %2: %Ln منها غير مؤكدة (مُعلَّمة للمراجعة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln dots added as pins and ideas</source>
        <translation>
            <numerusform>%1: الورقة %2: أُضيفت %Ln نقطة كدبابيس وأفكار</numerusform>
            <numerusform>%1: الورقة %2: أُضيفت %Ln نقطة كدبوس أو فكرة</numerusform>
            <numerusform>%1: الورقة %2: أُضيفت %Ln نقطتان كدبوسين أو فكرتين</numerusform>
            <numerusform>%1: الورقة %2: أُضيفت %Ln نقاط كدبابيس وأفكار</numerusform>
            <numerusform>%1: الورقة %2: أُضيفت %Ln نقطة كدبابيس وأفكار</numerusform>
            <numerusform>%1: الورقة %2: أُضيفت %Ln نقطة كدبابيس وأفكار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln pen lines and shapes added as ideas</source>
        <translation>
            <numerusform>%1: الورقة %2: أُضيف %Ln خطًا وشكلًا بالقلم كأفكار</numerusform>
            <numerusform>%1: الورقة %2: أُضيف %Ln خط أو شكل بالقلم كفكرة</numerusform>
            <numerusform>%1: الورقة %2: أُضيف %Ln خطان أو شكلان بالقلم كفكرتين</numerusform>
            <numerusform>%1: الورقة %2: أُضيفت %Ln خطوط وأشكال بالقلم كأفكار</numerusform>
            <numerusform>%1: الورقة %2: أُضيف %Ln خطًا وشكلًا بالقلم كأفكار</numerusform>
            <numerusform>%1: الورقة %2: أُضيف %Ln خط وشكل بالقلم كأفكار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln uncertain marks not stored, left for a review (--accept-uncertain stores them)</source>
        <translation>
            <numerusform>%1: الورقة %2: لم تُحفظ %Ln علامة غير مؤكدة، تُركت للمراجعة (--accept-uncertain يحفظها)</numerusform>
            <numerusform>%1: الورقة %2: لم تُحفظ %Ln علامة غير مؤكدة، تُركت للمراجعة (--accept-uncertain يحفظها)</numerusform>
            <numerusform>%1: الورقة %2: لم تُحفظ %Ln علامتان غير مؤكدتين، تُركتا للمراجعة (--accept-uncertain يحفظهما)</numerusform>
            <numerusform>%1: الورقة %2: لم تُحفظ %Ln علامات غير مؤكدة، تُركت للمراجعة (--accept-uncertain يحفظها)</numerusform>
            <numerusform>%1: الورقة %2: لم تُحفظ %Ln علامة غير مؤكدة، تُركت للمراجعة (--accept-uncertain يحفظها)</numerusform>
            <numerusform>%1: الورقة %2: لم تُحفظ %Ln علامة غير مؤكدة، تُركت للمراجعة (--accept-uncertain يحفظها)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: audit sheet %2: %Ln scores read (nothing stored)</source>
        <translation>
            <numerusform>%1: ورقة التدقيق %2: قُرئت %Ln درجة (لم يُحفظ شيء)</numerusform>
            <numerusform>%1: ورقة التدقيق %2: قُرئت درجة واحدة (%Ln) (لم يُحفظ شيء)</numerusform>
            <numerusform>%1: ورقة التدقيق %2: قُرئت %Ln درجتان (لم يُحفظ شيء)</numerusform>
            <numerusform>%1: ورقة التدقيق %2: قُرئت %Ln درجات (لم يُحفظ شيء)</numerusform>
            <numerusform>%1: ورقة التدقيق %2: قُرئت %Ln درجة (لم يُحفظ شيء)</numerusform>
            <numerusform>%1: ورقة التدقيق %2: قُرئت %Ln درجة (لم يُحفظ شيء)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: audit sheet %2: %Ln scores stored</source>
        <translation>
            <numerusform>%1: ورقة التدقيق %2: حُفظت %Ln درجة</numerusform>
            <numerusform>%1: ورقة التدقيق %2: حُفظت درجة واحدة (%Ln)</numerusform>
            <numerusform>%1: ورقة التدقيق %2: حُفظت %Ln درجتان</numerusform>
            <numerusform>%1: ورقة التدقيق %2: حُفظت %Ln درجات</numerusform>
            <numerusform>%1: ورقة التدقيق %2: حُفظت %Ln درجة</numerusform>
            <numerusform>%1: ورقة التدقيق %2: حُفظت %Ln درجة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a photo&apos;s file name, then what its sheet says</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cosafe stats: unknown dimension %1 in --by; choose from %2</source>
        <translation>cosafe stats: بُعد غير معروف %1 في --by؛ اختر من %2</translation>
    </message>
    <message>
        <source>cosafe stats: a dimension is given twice in --by; choose from %1</source>
        <translation>cosafe stats: بُعد مذكور مرتين في --by؛ اختر من %1</translation>
    </message>
    <message>
        <source>%1: by %2</source>
        <comment>%2: the dimensions (gender × age_band)</comment>
        <translation>%1: حسب %2</translation>
    </message>
    <message>
        <source>%1: by everything</source>
        <translation>%1: حسب كل شيء</translation>
    </message>
    <message>
        <source>Mean score: 0–5 safety score of the audit points in the cell. Cells with fewer than %1 people show &quot;hidden&quot;, and so do cells from which a smaller one could be worked out; categories with fewer than %1 people are pooled as &quot;Other or not stated&quot;.</source>
        <translation>متوسط الدرجة: درجة السلامة 0–5 لنقاط التدقيق في الخلية. الخلايا التي تضم أقل من %1 أشخاص تعرض «مخفي»، وكذلك الخلايا التي يمكن أن تُستنتج منها خلية أصغر؛ وتُجمع الفئات التي تضم أقل من %1 أشخاص تحت «أخرى أو غير مذكور».</translation>
    </message>
    <message>
        <source>No audit scores or perception pins yet.</source>
        <translation>لا درجات تدقيق ولا دبابيس إدراك بعد.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الناس</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>متوسط الدرجة</translation>
    </message>
    <message>
        <source>Unsafe pins</source>
        <translation>الدبابيس غير الآمنة</translation>
    </message>
    <message>
        <source>Safe pins</source>
        <translation>الدبابيس الآمنة</translation>
    </message>
    <message>
        <source>Unsafe share</source>
        <translation>نسبة عدم الأمان</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>وقت اليوم</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>cosafe: %1 (to use its layers as a basemap: cosafe import-basemap PROJECT FILE)</source>
        <translation>cosafe: %1 (لاستخدام طبقاته خريطةً للأساس: cosafe import-basemap PROJECT FILE)</translation>
    </message>
    <message>
        <source>cosafe: interrupted</source>
        <translation>cosafe: توقف</translation>
    </message>
    <message>
        <source>%1; nothing was merged</source>
        <translation>%1؛ لم يُدمج شيء</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <comment>how many project files were merged: %1 in the merge&apos;s sentences</comment>
        <translation>
            <numerusform>%Ln ملف</numerusform>
            <numerusform>%Ln ملف</numerusform>
            <numerusform>%Ln ملفان</numerusform>
            <numerusform>%Ln ملفات</numerusform>
            <numerusform>%Ln ملف</numerusform>
            <numerusform>%Ln ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was changed; merging %1 into %2 would leave %Ln records in conflict.</source>
        <comment>%1: the files merged (&quot;2 files&quot;)</comment>
        <translation>
            <numerusform>تشغيل تجريبي: لم يتغير شيء؛ دمج %1 في %2 سيترك %Ln سجل في تعارض.</numerusform>
            <numerusform>تشغيل تجريبي: لم يتغير شيء؛ دمج %1 في %2 سيترك %Ln سجل في تعارض.</numerusform>
            <numerusform>تشغيل تجريبي: لم يتغير شيء؛ دمج %1 في %2 سيترك %Ln سجلين في تعارض.</numerusform>
            <numerusform>تشغيل تجريبي: لم يتغير شيء؛ دمج %1 في %2 سيترك %Ln سجلات في تعارض.</numerusform>
            <numerusform>تشغيل تجريبي: لم يتغير شيء؛ دمج %1 في %2 سيترك %Ln سجل في تعارض.</numerusform>
            <numerusform>تشغيل تجريبي: لم يتغير شيء؛ دمج %1 في %2 سيترك %Ln سجل في تعارض.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged %1 into %2. The file as it was is kept as %3 (a full copy: cosafe remove-backups %4 %3 removes it).</source>
        <comment>%1: the files merged (&quot;2 files&quot;)</comment>
        <translation>دُمج %1 في %2. يُحتفظ بالملف كما كان باسم %3 (نسخة كاملة: cosafe remove-backups %4 %3 يزيلها).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records changed on both sides: %1 kept its version; open it in CoSafe to keep mine, theirs or both.</source>
        <translation>
            <numerusform>%Ln سجل تغيرت على الجانبين: احتفظ %1 بنسخته؛ افتحه في CoSafe للاحتفاظ بنسختي أو بنسختهم أو بكلتيهما.</numerusform>
            <numerusform>%Ln سجل تغيرت على الجانبين: احتفظ %1 بنسخته؛ افتحه في CoSafe للاحتفاظ بنسختي أو بنسختهم أو بكلتيهما.</numerusform>
            <numerusform>%Ln سجلان تغيرت على الجانبين: احتفظ %1 بنسخته؛ افتحه في CoSafe للاحتفاظ بنسختي أو بنسختهم أو بكلتيهما.</numerusform>
            <numerusform>%Ln سجلات تغيرت على الجانبين: احتفظ %1 بنسخته؛ افتحه في CoSafe للاحتفاظ بنسختي أو بنسختهم أو بكلتيهما.</numerusform>
            <numerusform>%Ln سجل تغيرت على الجانبين: احتفظ %1 بنسخته؛ افتحه في CoSafe للاحتفاظ بنسختي أو بنسختهم أو بكلتيهما.</numerusform>
            <numerusform>%Ln سجل تغيرت على الجانبين: احتفظ %1 بنسخته؛ افتحه في CoSafe للاحتفاظ بنسختي أو بنسختهم أو بكلتيهما.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%Ln سجل مُضاف</numerusform>
            <numerusform>%Ln سجل مُضاف</numerusform>
            <numerusform>%Ln سجلان مُضاف</numerusform>
            <numerusform>%Ln سجلات مُضاف</numerusform>
            <numerusform>%Ln سجل مُضاف</numerusform>
            <numerusform>%Ln سجل مُضاف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%Ln سجل محدَّث</numerusform>
            <numerusform>%Ln سجل محدَّث</numerusform>
            <numerusform>%Ln سجلان محدَّث</numerusform>
            <numerusform>%Ln سجلات محدَّث</numerusform>
            <numerusform>%Ln سجل محدَّث</numerusform>
            <numerusform>%Ln سجل محدَّث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in conflict</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%Ln سجل في تعارض</numerusform>
            <numerusform>%Ln سجل في تعارض</numerusform>
            <numerusform>%Ln سجلان في تعارض</numerusform>
            <numerusform>%Ln سجلات في تعارض</numerusform>
            <numerusform>%Ln سجل في تعارض</numerusform>
            <numerusform>%Ln سجل في تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: a field copy for “%2”. Merge it back with: cosafe merge %3 %1</source>
        <translation>كُتبت %1: نسخة ميدانية لـ«%2». ادمجها لاحقاً بالأمر: cosafe merge %3 %1</translation>
    </message>
    <message>
        <source>%1 needs a language code, e.g. %1 es</source>
        <translation>يحتاج %1 إلى رمز لغة، مثلاً %1 es</translation>
    </message>
    <message>
        <source>not a port number: %1 (0 to 65535)</source>
        <translation>ليس رقم منفذ: %1 (من 0 إلى 65535)</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>delete the backups made before merges and upgrades</source>
        <translation>حذف النسخ الاحتياطية المُنشأة قبل عمليات الدمج والترقية</translation>
    </message>
    <message>
        <source>Delete backups CoSafe wrote beside PATH before a merge or an upgrade to a newer project format. They are full copies of the project, contacts and stories included; cosafe info PATH lists them.</source>
        <translation>حذف النسخ الاحتياطية التي كتبها CoSafe بجانب PATH قبل دمج أو ترقية إلى صيغة مشروع أحدث. إنها نسخ كاملة من المشروع، بما فيها جهات الاتصال والقصص؛ cosafe info PATH يسردها.</translation>
    </message>
    <message>
        <source>the project whose backups to remove</source>
        <translation>المشروع المراد إزالة نسخه الاحتياطية</translation>
    </message>
    <message>
        <source>a backup&apos;s file name, as cosafe info lists it</source>
        <translation>اسم ملف النسخة الاحتياطية، كما يسرده cosafe info</translation>
    </message>
    <message>
        <source>remove every backup of PATH</source>
        <translation>إزالة كل النسخ الاحتياطية لـPATH</translation>
    </message>
    <message>
        <source>the version to share publicly (the default): %1</source>
        <translation>النسخة المخصصة للمشاركة العامة (الافتراضية): %1</translation>
    </message>
    <message>
        <source>the version for the project team: %1</source>
        <translation>النسخة المخصصة لفريق المشروع: %1</translation>
    </message>
    <message>
        <source>%1: offline participatory urban-safety planning. Without a subcommand, opens the desktop application (on PROJECT if given).</source>
        <translation>%1: تخطيط تشاركي للسلامة الحضرية دون اتصال. دون أمر فرعي، يفتح تطبيق سطح المكتب (على PROJECT إن أُعطي).</translation>
    </message>
    <message>
        <source>show the version of CoSafe and exit</source>
        <translation>عرض إصدار CoSafe والخروج</translation>
    </message>
    <message>
        <source>create an empty project file</source>
        <translation>إنشاء ملف مشروع فارغ</translation>
    </message>
    <message>
        <source>Create an empty project file.</source>
        <translation>إنشاء ملف مشروع فارغ.</translation>
    </message>
    <message>
        <source>the .gpkg file to create</source>
        <translation>ملف .gpkg المراد إنشاؤه</translation>
    </message>
    <message>
        <source>project name (default: from the file name)</source>
        <translation>اسم المشروع (الافتراضي: من اسم الملف)</translation>
    </message>
    <message>
        <source>the neighbourhood, town or city</source>
        <translation>الحي أو البلدة أو المدينة</translation>
    </message>
    <message>
        <source>show a project&apos;s metadata and record counts</source>
        <translation>عرض البيانات الوصفية للمشروع وأعداد سجلاته</translation>
    </message>
    <message>
        <source>Show a project&apos;s metadata and a count of every kind of record.</source>
        <translation>عرض البيانات الوصفية للمشروع وعدد كل نوع من السجلات.</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>طباعة JSON بدلاً من النص</translation>
    </message>
    <message>
        <source>check integrity, GeoPackage structure, records and format version</source>
        <translation>فحص السلامة وبنية GeoPackage والسجلات وإصدار الصيغة</translation>
    </message>
    <message>
        <source>Check SQLite integrity, GeoPackage conformance, that every record is one CoSafe could have written (types, JSON, geometry, dates, its rules) and the project format version; a file holding triggers, views or indexes CoSafe and GeoPackage do not make is refused. Exit code 0 only if all pass.</source>
        <translation>فحص سلامة SQLite، والتوافق مع GeoPackage، وأن كل سجل مما يمكن أن يكتبه CoSafe (الأنواع، JSON، الهندسة، التواريخ، قواعده) وإصدار صيغة المشروع؛ ويُرفض الملف الذي يحتوي على مشغّلات أو عروض أو فهارس لا يُنشئها CoSafe ولا GeoPackage. رمز الخروج 0 فقط إذا نجحت كل الفحوص.</translation>
    </message>
    <message>
        <source>rewrite the file so deleted records leave no trace in it</source>
        <translation>إعادة كتابة الملف بحيث لا تترك السجلات المحذوفة أي أثر فيه</translation>
    </message>
    <message>
        <source>Rewrite the project file so that nothing deleted records held can be recovered from it (for a file that came from elsewhere: CoSafe itself overwrites what it deletes). Every stored photo and paper map is first stored as CoSafe stores new ones: without camera data (EXIF, XMP, comments) and under a neutral name; an image that cannot be read is left as it is, and counted.</source>
        <translation>إعادة كتابة ملف المشروع بحيث لا يمكن استعادة أي شيء مما كانت تحمله السجلات المحذوفة (لملف جاء من مكان آخر: CoSafe نفسه يستبدل ما يحذفه). تُخزَّن أولاً كل صورة وخريطة ورقية مخزنة كما يخزّن CoSafe الجديدة منها: دون بيانات الكاميرا (EXIF، XMP، التعليقات) وباسم محايد؛ والصورة التي تتعذّر قراءتها تُترك كما هي، وتُحتسب.</translation>
    </message>
    <message>
        <source>write the sample project</source>
        <translation>كتابة المشروع النموذجي</translation>
    </message>
    <message>
        <source>Write the sample project: a finished workshop in an invented neighbourhood, its words in the command&apos;s language (--language xx).</source>
        <translation>كتابة المشروع النموذجي: ورشة عمل مكتملة في حي مختلق، بنصوصها بلغة الأمر (--language xx).</translation>
    </message>
    <message>
        <source>replace PATH if it exists</source>
        <translation>استبدال PATH إن كان موجوداً</translation>
    </message>
    <message>
        <source>import a map file into a project&apos;s basemap</source>
        <translation>استيراد ملف خريطة إلى خريطة أساس المشروع</translation>
    </message>
    <message>
        <source>Import a map into the project&apos;s basemap: a vector file (OSM .osm/.osm.pbf, GeoJSON, GeoPackage, Shapefile or zipped Shapefile, KML/KMZ, GPX, GML, FlatGeobuf, MapInfo .tab/.mif, CSV with longitude/latitude), an MBTiles file (raster or vector tiles), a GeoTIFF or raster GeoPackage (placed by its georeferencing), or a photo/scan of a paper map placed by --control-point. Everything is copied into the project file.</source>
        <translation>استيراد خريطة إلى خريطة أساس المشروع: ملف متجهي (OSM ‏.osm/.osm.pbf، GeoJSON، GeoPackage، Shapefile أو Shapefile مضغوط، KML/KMZ، GPX، GML، FlatGeobuf، MapInfo .tab/.mif، CSV بخط الطول/العرض)، أو ملف MBTiles (بلاطات نقطية أو متجهية)، أو ملف GeoTIFF أو GeoPackage نقطي (يوضع بحسب إسناده الجغرافي)، أو صورة/مسح ضوئي لخريطة ورقية توضع بـ--control-point. يُنسخ كل شيء إلى ملف المشروع.</translation>
    </message>
    <message>
        <source>layer name (default: from the file name)</source>
        <translation>اسم الطبقة (الافتراضي: من اسم الملف)</translation>
    </message>
    <message>
        <source>how to draw a non-OSM file&apos;s features (default: guessed from layer name and geometry)</source>
        <translation>كيفية رسم معالم ملف غير OSM (الافتراضي: تخمين من اسم الطبقة والهندسة)</translation>
    </message>
    <message>
        <source>for a photo or scan of a paper map: a pixel of the picture and the place it shows (give at least three, spread out; write --control-point=… when it starts with a minus)</source>
        <translation>لصورة أو مسح ضوئي لخريطة ورقية: بكسل من الصورة والمكان الذي يمثله (أعطِ ثلاثة على الأقل، متباعدة؛ اكتب --control-point=… إذا بدأ بإشارة سالب)</translation>
    </message>
    <message>
        <source>the file&apos;s coordinate reference system, e.g. EPSG:32737: needed when it has none, and used instead of the one it declares</source>
        <translation>نظام الإحداثيات المرجعي للملف، مثلاً EPSG:32737: مطلوب عندما لا يحتوي على نظام، ويُستخدم بدلاً من النظام الذي يعلنه</translation>
    </message>
    <message>
        <source>import only this layer of the file (repeat for several; default: all; --list-layers shows them)</source>
        <translation>استيراد هذه الطبقة فقط من الملف (كرّره لعدة طبقات؛ الافتراضي: كلها؛ يعرضها ‎--list-layers)</translation>
    </message>
    <message>
        <source>list the file&apos;s layers with their shapes and feature counts, and import nothing</source>
        <translation>عرض طبقات الملف بأشكالها وعدد معالمها، دون استيراد أي شيء</translation>
    </message>
    <message>
        <source>the attribute that names each feature on the map, in every chosen layer that has it (default: guessed, e.g. name, BoroName, STATE_NAME)</source>
        <translation>السمة التي تسمّي كل معلم على الخريطة، في كل طبقة مختارة تحتوي عليها (الافتراضي: تخمين، مثل name وBoroName وSTATE_NAME)</translation>
    </message>
    <message>
        <source>a Shapefile&apos;s text encoding: auto (default: as the file declares, or UTF-8 when its text is UTF-8), UTF-8, CP1252, ISO-8859-1, CP437, CP850, CP1250, CP1251, CP1256…</source>
        <translation>ترميز نص ملف Shapefile: auto (الافتراضي: كما يصرّح الملف، أو UTF-8 إذا كان نصه UTF-8)، UTF-8، CP1252، ISO-8859-1، CP437، CP850، CP1250، CP1251، CP1256…</translation>
    </message>
    <message>
        <source>import recorded incidents (police, NGO or hospital data) from a CSV or GIS file</source>
        <translation>استيراد الحوادث المسجلة (بيانات الشرطة أو المنظمات غير الحكومية أو المستشفيات) من ملف CSV أو GIS</translation>
    </message>
    <message>
        <source>Import recorded incidents as their own layer, kept apart from perceptions: a CSV with longitude/latitude (or projected x/y with --crs) and a date column, or any GIS file. Columns are guessed from their names; name them to choose. Rows without a usable location (blank, or a 0,0 placeholder) are skipped and their lines reported; unreadable dates are kept as unknown.</source>
        <translation>استيراد الحوادث المسجلة كطبقة خاصة بها، منفصلة عن التصورات: ملف CSV فيه خط الطول/خط العرض (أو x/y مُسقطة مع --crs) وعمود تاريخ، أو أي ملف نظم معلومات جغرافية. تُخمَّن الأعمدة من أسمائها؛ سمِّها لتختار. تُتخطّى الصفوف التي لا موقع صالحًا لها (فارغ، أو قيمة بديلة 0,0) ويُبلَّغ عن أسطرها؛ وتُحفظ التواريخ غير المقروءة كمجهولة.</translation>
    </message>
    <message>
        <source>where the data comes from, e.g. &apos;Police records 2024&apos; (default: file name)</source>
        <translation>مصدر البيانات، مثلاً &apos;سجلات الشرطة 2024&apos; (الافتراضي: اسم الملف)</translation>
    </message>
    <message>
        <source>the coordinate reference system of the x/y columns, or of a file without one, e.g. EPSG:2272</source>
        <translation>نظام الإحداثيات المرجعي لعمودي x/y، أو لملف ليس له نظام، مثل EPSG:2272</translation>
    </message>
    <message>
        <source>the column holding the longitude or x (default: guessed)</source>
        <translation>العمود الذي يحمل خط الطول أو x (الافتراضي: يُخمَّن)</translation>
    </message>
    <message>
        <source>the column holding the latitude or y (default: guessed)</source>
        <translation>العمود الذي يحمل خط العرض أو y (الافتراضي: يُخمَّن)</translation>
    </message>
    <message>
        <source>the column holding the kind of incident (default: guessed)</source>
        <translation>العمود الذي يحمل نوع الحادثة (الافتراضي: تخمين)</translation>
    </message>
    <message>
        <source>the column holding a description (default: guessed)</source>
        <translation>العمود الذي يحمل وصفًا (الافتراضي: يُخمَّن)</translation>
    </message>
    <message>
        <source>the column holding the date (default: guessed)</source>
        <translation>العمود الذي يحمل التاريخ (الافتراضي: تخمين)</translation>
    </message>
    <message>
        <source>how the dates are written, e.g. %1 (default: detected from the column)</source>
        <translation>كيف كُتبت التواريخ، مثل %1 (الافتراضي: يُكتشف من العمود)</translation>
    </message>
    <message>
        <source>the column holding the time of day (default: guessed)</source>
        <translation>العمود الذي يحمل وقت اليوم (الافتراضي: يُخمَّن)</translation>
    </message>
    <message>
        <source>which layer of a multi-layer file</source>
        <translation>أي طبقة من ملف متعدد الطبقات</translation>
    </message>
    <message>
        <source>export the project&apos;s layers and tables as GIS/CSV files</source>
        <translation>تصدير طبقات المشروع وجداوله ملفاتِ GIS/CSV</translation>
    </message>
    <message>
        <source>Export every layer and table of the project: a GeoPackage, GeoJSON layers (tables as CSV), or CSV files. Contacts of participants and stakeholders are left out unless --include-contacts.</source>
        <translation>تصدير كل طبقة وجدول في المشروع: ملف GeoPackage، أو طبقات GeoJSON (والجداول بصيغة CSV)، أو ملفات CSV. تُستبعد جهات اتصال المشاركين وأصحاب المصلحة ما لم يُعطَ --include-contacts.</translation>
    </message>
    <message>
        <source>folder to write into (created if missing)</source>
        <translation>المجلد المراد الكتابة فيه (يُنشأ إن لم يكن موجوداً)</translation>
    </message>
    <message>
        <source>also export contact details, with --full (private: keep such files to the project team)</source>
        <translation>تصدير بيانات الاتصال أيضاً، مع --full (خاص: احصر هذه الملفات في فريق المشروع)</translation>
    </message>
    <message>
        <source>pins and incidents blurred to a grid, stories, comments, notes and names emptied, no participant table, no attachments, never contacts</source>
        <translation>الدبابيس والحوادث مموّهة على شبكة، والقصص والتعليقات والملاحظات والأسماء مفرّغة، بلا جدول مشاركين، وبلا مرفقات، ولا جهات اتصال أبداً</translation>
    </message>
    <message>
        <source>stories, comments and notes kept, exact places</source>
        <translation>القصص والتعليقات والملاحظات محفوظة، والأماكن دقيقة</translation>
    </message>
    <message>
        <source>size of the grid --public snaps pins to, in metres (default 100)</source>
        <translation>حجم الشبكة التي يلتقط إليها --public الدبابيس، بالأمتار (الافتراضي 100)</translation>
    </message>
    <message>
        <source>draw the project&apos;s map to a PNG image</source>
        <translation>رسم خريطة المشروع في صورة PNG</translation>
    </message>
    <message>
        <source>Draw the project&apos;s map (basemap layers, scale bar, north arrow, attribution) to a PNG image; --overlays adds proposals and perceptions with a legend.</source>
        <translation>رسم خريطة المشروع (طبقات الأساس، مقياس الرسم، سهم الشمال، الإسناد) في صورة PNG؛ --overlays يضيف المقترحات والتصورات مع مفتاح الخريطة.</translation>
    </message>
    <message>
        <source>image size in pixels (default 1600x1200)</source>
        <translation>حجم الصورة بالبكسل (الافتراضي 1600x1200)</translation>
    </message>
    <message>
        <source>area to draw (default: the whole project); write --bbox=-122.3,37.8,… when it starts with a minus sign</source>
        <translation>المنطقة المراد رسمها (الافتراضي: المشروع كاملاً)؛ اكتب --bbox=-122.3,37.8,… إذا بدأت بإشارة سالب</translation>
    </message>
    <message>
        <source>resolution for print, 72-600 (default 150)</source>
        <translation>الدقة للطباعة، 72-600 (الافتراضي 150)</translation>
    </message>
    <message>
        <source>also draw, with a legend: any of proposals,audit_points,pins,incidents,routes,heat (comma-separated)</source>
        <translation>رسم إضافي مع مفتاح الخريطة: أي من proposals,audit_points,pins,incidents,routes,heat (مفصولة بفواصل)</translation>
    </message>
    <message>
        <source>pins and incidents blurred to a grid (see --grid)</source>
        <translation>الدبابيس والحوادث مموّهة على شبكة (انظر --grid)</translation>
    </message>
    <message>
        <source>exact places of pins and incidents</source>
        <translation>الأماكن الدقيقة للدبابيس والحوادث</translation>
    </message>
    <message>
        <source>the legend&apos;s language: %1 (default: the project&apos;s report language, else the language of the messages; the messages follow cosafe --language before the command)</source>
        <translation>لغة مفتاح الخريطة: %1 (الافتراضي: لغة تقارير المشروع، وإلا فلغة الرسائل؛ وتتبع الرسائلُ الخيارَ cosafe --language المكتوب قبل الأمر)</translation>
    </message>
    <message>
        <source>write the action plan as a PDF</source>
        <translation>كتابة خطة العمل ملفَّ PDF</translation>
    </message>
    <message>
        <source>Write the action plan as a PDF: cover, method and participation (counts by gender, age band and role; small groups hidden, never names), diagnosis with maps and charts, proposals, the action table, stakeholders, monitoring indicators and the audit criteria. The public version (the default) leaves out stories, comments and notes and blurs perception pins to a grid; --full keeps them; contacts are never included.</source>
        <translation>كتابة خطة العمل ملفَّ PDF: الغلاف، والمنهجية والمشاركة (أعداد حسب الجنس والفئة العمرية والدور؛ الفئات الصغيرة مخفية، ولا أسماء أبداً)، والتشخيص مع الخرائط والرسوم البيانية، والمقترحات، وجدول الإجراءات، وأصحاب المصلحة، ومؤشرات الرصد، ومعايير التدقيق. تستبعد النسخة العامة (الافتراضية) القصص والتعليقات والملاحظات وتموّه دبابيس الإدراك على شبكة؛ --full يحتفظ بها؛ ولا تُضمَّن جهات الاتصال أبداً.</translation>
    </message>
    <message>
        <source>no stories, comments or notes; pins and incidents blurred to a grid</source>
        <translation>بلا قصص أو تعليقات أو ملاحظات؛ الدبابيس والحوادث مموّهة على شبكة</translation>
    </message>
    <message>
        <source>stories, comments and notes, for the partners who carry out the plan</source>
        <translation>القصص والتعليقات والملاحظات، للشركاء الذين ينفذون الخطة</translation>
    </message>
    <message>
        <source>page size (default a4)</source>
        <translation>حجم الصفحة (الافتراضي a4)</translation>
    </message>
    <message>
        <source>the plan&apos;s language: %1 (default: the project&apos;s report language, else the language of the messages; the messages follow cosafe --language before the command)</source>
        <translation>لغة الخطة: %1 (الافتراضي: لغة تقارير المشروع، وإلا فلغة الرسائل؛ وتتبع الرسائلُ الخيارَ cosafe --language المكتوب قبل الأمر)</translation>
    </message>
    <message>
        <source>print a map per group to mark with stickers and pens, read back later</source>
        <translation>طباعة خريطة لكل مجموعة لتُعلَّم بالملصقات والأقلام ثم تُقرأ لاحقًا</translation>
    </message>
    <message>
        <source>Write a PDF with one map of the workshop&apos;s area per group, with corner markers and a QR code that let cosafe read-sheets read a photo of it back, a legend of the sticker colours and a margin for notes.</source>
        <translation>كتابة ملف PDF فيه خريطة لمنطقة ورشة العمل لكل مجموعة، مع علامات في الزوايا ورمز QR يتيحان لـ cosafe read-sheets قراءة صورة لها، ومفتاح لألوان الملصقات وهامش للملاحظات.</translation>
    </message>
    <message>
        <source>only this workshop&apos;s groups (its title)</source>
        <translation>مجموعات ورشة العمل هذه فقط (عنوانها)</translation>
    </message>
    <message>
        <source>only these groups (their names)</source>
        <translation>هذه المجموعات فقط (أسماؤها)</translation>
    </message>
    <message>
        <source>paper size: group maps landscape (default a3); audit sheets (--walk) portrait, a4 or a3 (default a4)</source>
        <translation>حجم الورق: خرائط المجموعات بالعرض (الافتراضي a3)؛ أوراق التدقيق (--walk) بالطول، a4 أو a3 (الافتراضي a4)</translation>
    </message>
    <message>
        <source>print audit sheets for this audit walk (its title) instead of group maps: tick boxes 0-3 for each point and criterion, portrait, a4 or a3 (default a4)</source>
        <translation>اطبع أوراق تدقيق لجولة التدقيق هذه (عنوانها) بدلًا من خرائط المجموعات: مربعات 0-3 لكل نقطة ومعيار، بالطول، a4 أو a3 (الافتراضي a4)</translation>
    </message>
    <message>
        <source>with --walk: print points 1 to N (default: the walk&apos;s recorded points, else 12)</source>
        <translation>مع ‎--walk: اطبع النقاط من 1 إلى N (الافتراضي: نقاط الجولة المسجلة، وإلا 12)</translation>
    </message>
    <message>
        <source>print where each sheet&apos;s map is on the paper and what its colours mean, as JSON</source>
        <translation>طباعة موضع خريطة كل ورقة على الورق ومعنى ألوانها بصيغة JSON</translation>
    </message>
    <message>
        <source>the sheets&apos; language: %1 (default: the project&apos;s report language, else the language of the messages)</source>
        <translation>لغة الأوراق: %1 (الافتراضي: لغة تقارير المشروع، وإلا فلغة الرسائل)</translation>
    </message>
    <message>
        <source>read the stickers on photos of printed group maps into the project</source>
        <translation>قراءة الملصقات في صور خرائط المجموعات المطبوعة إلى المشروع</translation>
    </message>
    <message>
        <source>Find each photographed sheet by its corner markers and QR code, and add its dot stickers to its group as unsafe and safe pins and ideas, and its pen lines and shapes as line and area ideas (one undoable step per sheet). Uncertain marks are left for a review in the window unless --accept-uncertain. A photo that is no sheet of this project is refused.</source>
        <translation>العثور على كل ورقة مصوَّرة من علامات زواياها ورمز QR، وإضافة ملصقاتها إلى مجموعتها كدبابيس غير آمنة وآمنة وأفكار، وخطوطها وأشكالها المرسومة بالقلم كأفكار خطية ومساحية (خطوة واحدة يمكن التراجع عنها لكل ورقة). تُترك العلامات غير المؤكدة للمراجعة في النافذة ما لم يُستخدم --accept-uncertain. تُرفض الصورة التي ليست ورقة من هذا المشروع.</translation>
    </message>
    <message>
        <source>store nothing: only say what was found</source>
        <translation>لا تحفظ شيئًا: اذكر فقط ما عُثر عليه</translation>
    </message>
    <message>
        <source>print the detections as JSON</source>
        <translation>طباعة ما اكتُشف بصيغة JSON</translation>
    </message>
    <message>
        <source>store the flagged detections too (touching stickers, a sticker half off the map or the photo, a faint one); by default they are left for a review</source>
        <translation>احفظ أيضًا الاكتشافات المُعلَّمة (ملصقات متلامسة، ملصق نصفه خارج الخريطة أو الصورة، ملصق باهت)؛ افتراضيًا تُترك للمراجعة</translation>
    </message>
    <message>
        <source>read a photo, or a sheet, that was read into the project before once more (a group map&apos;s dots are added a second time; an audit sheet&apos;s scores replace those of its points)</source>
        <translation>قراءة صورة أو ورقة سبقت قراءتها في المشروع مرة أخرى (تُضاف نقاط خريطة المجموعة مرة ثانية؛ وتحلّ درجات ورقة التدقيق محل درجات نقاطها)</translation>
    </message>
    <message>
        <source>the texts of the numbered notes written on the sheets&apos; margins: rows of number,text (or sheet,number,text), or JSON; a dot with a number stores its note&apos;s text (without this, &quot;Note N on paper sheet S&quot;)</source>
        <translation>نصوص الملاحظات المرقّمة المكتوبة في هوامش الأوراق: أسطر رقم,نص (أو ورقة,رقم,نص)، أو JSON؛ النقطة التي تحمل رقمًا تُحفظ مع نص ملاحظتها (دون هذا: &quot;الملاحظة N في الورقة الورقية S&quot;)</translation>
    </message>
    <message>
        <source>print audit scores and perception pins by gender, age band, time of day, …</source>
        <translation>طباعة درجات التدقيق ودبابيس الإدراك حسب الجنس والفئة العمرية ووقت اليوم، …</translation>
    </message>
    <message>
        <source>Print the disaggregated table of audit scores and perception pins: people, mean safety score (0–5), unsafe and safe pins and the unsafe share per cell. Categories with fewer people than the project&apos;s suppression threshold N are pooled; a cell with fewer than N people shows &quot;hidden&quot;, and so do cells from which it could be worked out with any other breakdown (null in --json).</source>
        <translation>طباعة الجدول المصنّف لدرجات التدقيق ودبابيس الإدراك: الأشخاص، ومتوسط درجة السلامة (0–5)، والدبابيس غير الآمنة والآمنة، ونسبة عدم الأمان لكل خلية. تُجمع الفئات التي تضم أشخاصاً أقل من عتبة الإخفاء N في المشروع؛ والخلية التي تضم أقل من N أشخاص تعرض «مخفي»، وكذلك الخلايا التي يمكن أن تُستنتج منها بأي تصنيف آخر (null في --json).</translation>
    </message>
    <message>
        <source>dimensions, comma-separated, from gender, age_band, role, time_of_day, workshop, group (default gender,age_band,time_of_day; an empty string gives one row for everything)</source>
        <translation>الأبعاد، مفصولة بفواصل، من gender وage_band وrole وtime_of_day وworkshop وgroup (الافتراضي gender,age_band,time_of_day؛ السلسلة الفارغة تعطي صفاً واحداً لكل شيء)</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>طباعة JSON بدلاً من الجدول</translation>
    </message>
    <message>
        <source>the language of the window and of every message: %1 (default: the computer&apos;s)</source>
        <translation>لغة النافذة وكل رسالة: %1 (الافتراضي: لغة الحاسوب)</translation>
    </message>
    <message>
        <source>Open the %1 desktop application.</source>
        <translation>فتح تطبيق سطح المكتب %1.</translation>
    </message>
    <message>
        <source>a project file to open</source>
        <translation>ملف مشروع لفتحه</translation>
    </message>
    <message>
        <source>open the project read-only</source>
        <translation>فتح المشروع للقراءة فقط</translation>
    </message>
    <message>
        <source>merge project files from other laptops into a project</source>
        <translation>دمج ملفات مشاريع من حواسيب أخرى في مشروع</translation>
    </message>
    <message>
        <source>Merge project files from field teams or other laptops into TARGET, all in one transaction. Records are matched by UUID: new ones are added, identical ones skipped, one changed on only one side since the two files last met takes that change, and one changed on both sides is a conflict: TARGET keeps its version and theirs is kept for you to resolve in CoSafe (File › Resolve Merge Conflicts). Exit status: 0 merged (conflicts, if any, are listed), 1 error (nothing changed), 2 usage.</source>
        <translation>دمج ملفات مشاريع من الفرق الميدانية أو حواسيب أخرى في TARGET، كلها في معاملة واحدة. تُطابَق السجلات بالمعرّف UUID: تُضاف الجديدة، وتُتخطّى المتطابقة، والسجل الذي تغير على جانب واحد فقط منذ آخر دمج للملفين يأخذ ذلك التغيير، والسجل الذي تغير على الجانبين تعارض: يحتفظ TARGET بنسخته وتُحفظ نسختهم لتحلها في CoSafe (ملف › حل تعارضات الدمج). حالة الخروج: 0 دُمج (تُسرد التعارضات إن وُجدت)، 1 خطأ (لم يتغير شيء)، 2 استخدام خاطئ.</translation>
    </message>
    <message>
        <source>the project to merge into</source>
        <translation>المشروع المراد الدمج فيه</translation>
    </message>
    <message>
        <source>project files to merge from (not changed)</source>
        <translation>ملفات المشاريع المراد الدمج منها (لا تتغير)</translation>
    </message>
    <message>
        <source>print what would be merged; change nothing</source>
        <translation>طباعة ما سيُدمج؛ دون تغيير أي شيء</translation>
    </message>
    <message>
        <source>write a field copy of a project for a team</source>
        <translation>كتابة نسخة ميدانية من مشروع لفريق</translation>
    </message>
    <message>
        <source>Write a field copy of PROJECT with a new laptop identity, so the team&apos;s work merges back with cosafe merge without false conflicts. The copy holds the basemap, settings, criteria, reason tags, workshops, groups, walks, pins, proposals and the plan; it leaves out every contact, pin story, audit comment, walk and workshop note, the facilitator&apos;s name and photos, and the participants of every group but the team&apos;s. Merging the copy back keeps all of these in PROJECT.</source>
        <translation>كتابة نسخة ميدانية من PROJECT بهوية حاسوب جديدة، ليُدمج عمل الفريق لاحقاً عبر cosafe merge دون تعارضات زائفة. تحتوي النسخة على خريطة الأساس والإعدادات والمعايير ووسوم الأسباب والورش والمجموعات والجولات والدبابيس والمقترحات والخطة؛ وتستبعد كل جهة اتصال وقصة دبوس وتعليق تدقيق وملاحظة جولة وورشة واسم الميسّر والصور، ومشاركي كل مجموعة عدا مجموعة الفريق. دمج النسخة لاحقاً يُبقي كل ذلك في PROJECT.</translation>
    </message>
    <message>
        <source>the field copy to write</source>
        <translation>النسخة الميدانية المراد كتابتها</translation>
    </message>
    <message>
        <source>the team or laptop, such as &quot;Field team 2&quot;</source>
        <translation>الفريق أو الحاسوب، مثل &quot;الفريق الميداني 2&quot;</translation>
    </message>
    <message>
        <source>the team&apos;s group, whose participants the copy holds (without contacts), such as &quot;Youth&quot; or &quot;Riverside audit / Youth&quot;</source>
        <translation>مجموعة الفريق، التي تحمل النسخة مشاركيها (دون جهات الاتصال)، مثل &quot;الشباب&quot; أو &quot;تدقيق ضفة النهر / الشباب&quot;</translation>
    </message>
    <message>
        <source>hold the participants of every group (without contacts): the copy then tells who took part in every group</source>
        <translation>حمل مشاركي كل المجموعات (دون جهات الاتصال): تكشف النسخة حينئذ من شارك في كل مجموعة</translation>
    </message>
    <message>
        <source>open the room: participants add pins, ideas and dots from their phones</source>
        <translation>فتح القاعة: يضيف المشاركون والمشاركات الدبابيس والأفكار والنقاط من هواتفهم</translation>
    </message>
    <message>
        <source>Serve the project&apos;s most recent workshop to phone browsers on the local network, without internet: participants join with the room code, answer the sign-in questions and add pins, ideas and dots, stored as the window stores them. Give --host the address of this computer on the phones&apos; network (its hotspot or the local router). Ctrl-C closes the room.</source>
        <translation>يقدّم أحدث ورشة عمل في المشروع لمتصفحات الهواتف على الشبكة المحلية، بلا إنترنت: يدخل المشاركون والمشاركات برمز القاعة، ويجيبون عن أسئلة ورقة التسجيل، ويضيفون الدبابيس والأفكار والنقاط، فتُحفظ كما تحفظها النافذة. أعطِ ‎--host‎ عنوان هذا الحاسوب على شبكة الهواتف (نقطة اتصال الواي فاي أو الموجّه المحلي). يغلق Ctrl-C القاعة.</translation>
    </message>
    <message>
        <source>the address of this computer to listen on, e.g. 192.168.4.1 (default %1: this computer only)</source>
        <translation>عنوان هذا الحاسوب الذي يُستمع عليه، مثل 192.168.4.1 (الافتراضي %1: هذا الحاسوب فقط)</translation>
    </message>
    <message>
        <source>the port to listen on (default %1; 0 picks a free one)</source>
        <translation>المنفذ الذي يُستمع عليه (الافتراضي %1؛ 0 يختار منفذًا حرًا)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <comment>a tooltip; %2 is a key, %3 where it acts</comment>
        <translation>%1 (%2 %3)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>These records were changed on both laptops since the files last met. Until you choose, this project keeps its own version and theirs is kept aside: nothing is lost.</source>
        <translation>تغيّرت هذه السجلات على كلا الحاسوبين منذ آخر دمج للملفين. إلى أن تختار، يحتفظ هذا المشروع بنسخته وتُحفظ نسختهم جانباً: لا يضيع شيء.</translation>
    </message>
    <message>
        <source>No merge conflicts: every merged record agrees.</source>
        <translation>لا تعارضات في الدمج: كل السجلات المدمجة متطابقة.</translation>
    </message>
    <message>
        <source>On the map: mine solid blue, theirs dashed orange.</source>
        <translation>على الخريطة: نسختي أزرق متصل، ونسختهم برتقالي متقطع.</translation>
    </message>
    <message>
        <source>Keep this project&apos;s version and add theirs beside it as a separate record</source>
        <translation>الاحتفاظ بنسخة هذا المشروع وإضافة نسختهم بجانبها سجلاً منفصلاً</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>نسختي</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>نسختهم</translation>
    </message>
    <message>
        <source>&amp;Only what differs</source>
        <translation>ما يختلف &amp;فقط</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>الاحتفاظ ب&amp;نسختي</translation>
    </message>
    <message>
        <source>Keep this project&apos;s version; theirs is dropped (Undo brings the choice back)</source>
        <translation>الاحتفاظ بنسخة هذا المشروع؛ تُستبعد نسختهم (التراجع يعيد الاختيار)</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>الاحتفاظ بنسخ&amp;تهم</translation>
    </message>
    <message>
        <source>Put their version in place of this project&apos;s</source>
        <translation>وضع نسختهم مكان نسخة هذا المشروع</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>الاحتفاظ ب&amp;كلتيهما</translation>
    </message>
    <message>
        <source>another laptop</source>
        <translation>حاسوب آخر</translation>
    </message>
    <message>
        <source>%1
from %2</source>
        <comment>a conflict: %1 a record, %2 a laptop</comment>
        <translation>%1
من %2</translation>
    </message>
    <message>
        <source>%1 from %2, found on %3</source>
        <comment>a conflict: %1 a record, %2 a laptop</comment>
        <translation>%1 من %2، عُثر عليه في %3</translation>
    </message>
    <message>
        <source>deleted on this laptop</source>
        <translation>محذوف على هذا الحاسوب</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mine&lt;/b&gt; (this project) — %1</source>
        <translation>&lt;b&gt;نسختي&lt;/b&gt; (هذا المشروع) — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (came from %1) — %2</source>
        <translation>&lt;b&gt;نسختهم&lt;/b&gt; (جاءت من %1) — %2</translation>
    </message>
    <message>
        <source>Mine (this project)</source>
        <translation>نسختي (هذا المشروع)</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <comment>%1: a laptop</comment>
        <translation>نسختهم (%1)</translation>
    </message>
    <message>
        <source>Two of these cannot share one key: keep mine or theirs</source>
        <translation>لا يمكن لاثنين من هذه مشاركة مفتاح واحد: احتفظ بنسختي أو بنسختهم</translation>
    </message>
    <message>
        <source>Mine was deleted on this laptop: Keep Theirs brings their version back</source>
        <translation>حُذفت نسختي على هذا الحاسوب: الاحتفاظ بنسختهم يعيد نسختهم</translation>
    </message>
    <message>
        <source>The conflict was not resolved</source>
        <translation>لم يُحل التعارض</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <source>Women and girls use this space</source>
        <translation>تستخدم النساء والفتيات هذا المكان</translation>
    </message>
    <message>
        <source>Clear sightlines (no blind corners or blank walls)</source>
        <translation>خطوط رؤية واضحة (لا زوايا عمياء ولا جدران صمّاء)</translation>
    </message>
    <message>
        <source>No dark or scary places, long empty stretches or high fences</source>
        <translation>لا أماكن مظلمة أو مخيفة، ولا امتدادات طويلة خالية أو أسوار عالية</translation>
    </message>
    <message>
        <source>Lighting bright enough to see faces</source>
        <translation>إنارة كافية لرؤية الوجوه</translation>
    </message>
    <message>
        <source>Toilets available and visible</source>
        <translation>دورات مياه متاحة ومرئية</translation>
    </message>
    <message>
        <source>Transport stop visible and active</source>
        <translation>محطة النقل مرئية ونشطة</translation>
    </message>
    <message>
        <source>Escape routes (no entrapment spots)</source>
        <translation>طرق للهروب (لا أماكن محاصِرة)</translation>
    </message>
    <message>
        <source>Signage readable</source>
        <translation>اللافتات مقروءة</translation>
    </message>
    <message>
        <source>%1: a score is %2 to %3, not %4; nothing was saved</source>
        <translation>%1: الدرجة من %2 إلى %3، وليست %4؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <source>A criterion</source>
        <translation>معيار</translation>
    </message>
    <message>
        <source>The sheet is empty: type at least one score; nothing was saved</source>
        <translation>الورقة فارغة: اكتب درجة واحدة على الأقل؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <source>Safety score = mean of the criteria scores (each 0–3, feeling excluded) × 5 ÷ 3, giving 0 (poor) to 5 (good).</source>
        <translation>درجة السلامة = متوسط درجات المعايير (كل منها 0–3، باستثناء الشعور) × 5 ÷ 3، فتكون من 0 (ضعيف) إلى 5 (جيد).</translation>
    </message>
    <message>
        <source>Safety audit (default)</source>
        <translation>تدقيق السلامة (افتراضي)</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>الإنارة</translation>
    </message>
    <message>
        <source>Enough light to see all around and faces at 10 m</source>
        <translation>ضوء كافٍ لرؤية كل ما حولك والوجوه على بُعد 10 م</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>الانفتاح</translation>
    </message>
    <message>
        <source>Can see and move in all directions; no blind corners</source>
        <translation>يمكن الرؤية والتحرك في جميع الاتجاهات؛ لا زوايا عمياء</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>الظهور للآخرين</translation>
    </message>
    <message>
        <source>Shops, vendors, windows, entrances from which you can be seen</source>
        <translation>متاجر وباعة ونوافذ ومداخل يمكن أن يراك منها أحد</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الناس</translation>
    </message>
    <message>
        <source>People around you</source>
        <translation>وجود أناس حولك</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمن</translation>
    </message>
    <message>
        <source>Guards or police present / reachable</source>
        <translation>حراس أو شرطة موجودون / يمكن الوصول إليهم</translation>
    </message>
    <message>
        <source>Walk path</source>
        <translation>ممر المشاة</translation>
    </message>
    <message>
        <source>Usable pavement or space to walk</source>
        <translation>رصيف صالح للاستخدام أو مساحة للمشي</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>النقل العام</translation>
    </message>
    <message>
        <source>Transport stop / service within reach</source>
        <translation>محطة نقل / خدمة في المتناول</translation>
    </message>
    <message>
        <source>Gender diversity</source>
        <translation>التنوع بين الجنسين</translation>
    </message>
    <message>
        <source>Women and children present</source>
        <translation>وجود نساء وأطفال</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>الشعور</translation>
    </message>
    <message>
        <source>How safe you feel</source>
        <translation>مدى شعورك بالأمان</translation>
    </message>
    <message>
        <source>The project has no criteria set</source>
        <translation>لا توجد مجموعة معايير في المشروع</translation>
    </message>
    <message>
        <source>The set already has an outcome criterion (“%1”)</source>
        <translation>في المجموعة معيار نتيجة بالفعل («%1»)</translation>
    </message>
    <message>
        <source>“%1” already has that name and meaning</source>
        <translation>«%1» له هذا الاسم والمعنى بالفعل</translation>
    </message>
    <message>
        <source>“%1” is the last scored criterion; add another before retiring it</source>
        <translation>«%1» هو آخر معيار يُقيَّم بالدرجات؛ أضف معياراً آخر قبل إيقافه</translation>
    </message>
    <message>
        <source>That criterion is no longer in the project</source>
        <translation>لم يعد هذا المعيار موجوداً في المشروع</translation>
    </message>
    <message numerus="yes">
        <source>Removing “%1” would orphan %Ln scores; retire it instead</source>
        <translation>
            <numerusform>إزالة «%1» ستترك %Ln درجة دون معيار؛ أوقفه بدلاً من ذلك</numerusform>
            <numerusform>إزالة «%1» ستترك %Ln درجة دون معيار؛ أوقفه بدلاً من ذلك</numerusform>
            <numerusform>إزالة «%1» ستترك %Ln درجتين دون معيار؛ أوقفه بدلاً من ذلك</numerusform>
            <numerusform>إزالة «%1» ستترك %Ln درجات دون معيار؛ أوقفه بدلاً من ذلك</numerusform>
            <numerusform>إزالة «%1» ستترك %Ln درجة دون معيار؛ أوقفه بدلاً من ذلك</numerusform>
            <numerusform>إزالة «%1» ستترك %Ln درجة دون معيار؛ أوقفه بدلاً من ذلك</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is the last scored criterion; add another before removing it</source>
        <translation>«%1» هو آخر معيار يُقيَّم بالدرجات؛ أضف معياراً آخر قبل إزالته</translation>
    </message>
    <message>
        <source>The new order must list each criterion of the active set once</source>
        <translation>يجب أن يذكر الترتيب الجديد كل معيار من المجموعة النشطة مرة واحدة</translation>
    </message>
    <message>
        <source>The criteria are already in that order</source>
        <translation>المعايير مرتبة بهذا الترتيب بالفعل</translation>
    </message>
    <message>
        <source>Only criteria of the active set that are not retired can be changed</source>
        <translation>لا يمكن تغيير إلا معايير المجموعة النشطة غير الموقوفة</translation>
    </message>
    <message>
        <source>A criterion needs a name</source>
        <translation>يحتاج المعيار إلى اسم</translation>
    </message>
    <message>
        <source>There is already a criterion “%1”</source>
        <translation>يوجد معيار باسم «%1» بالفعل</translation>
    </message>
</context>
<context>
    <name>CriteriaChart</name>
    <message>
        <source>%1 (n=%2)</source>
        <comment>a criterion and how many scored it</comment>
        <translation>%1 (n=%2)</translation>
    </message>
    <message>
        <source>Share of scores (%)</source>
        <translation>نسبة الدرجات (%)</translation>
    </message>
    <message>
        <source>score 0 poor</source>
        <translation>الدرجة 0 ضعيف</translation>
    </message>
    <message>
        <source>score 1</source>
        <translation>الدرجة 1</translation>
    </message>
    <message>
        <source>score 2</source>
        <translation>الدرجة 2</translation>
    </message>
    <message>
        <source>score 3 good</source>
        <translation>الدرجة 3 جيد</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>3 (good) means</source>
        <translation>معنى 3 (جيد)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Audit Criteria</source>
        <translation>معايير التدقيق</translation>
    </message>
    <message>
        <source>Translate Set Name…</source>
        <translation>ترجمة اسم المجموعة…</translation>
    </message>
    <message>
        <source>The criteria set&apos;s name in other languages</source>
        <translation>اسم مجموعة المعايير بلغات أخرى</translation>
    </message>
    <message>
        <source>Audit criteria</source>
        <translation>معايير التدقيق</translation>
    </message>
    <message>
        <source>The criteria a sheet scores, in the order of the sheet; F2 or a double click edits a label or what 3 means</source>
        <translation>المعايير التي تقيّمها الورقة، بترتيب الورقة؛ F2 أو النقر المزدوج لتحرير التسمية أو معنى 3</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop scoring it; scores already made keep it</source>
        <translation>التوقف عن تقييمه؛ تحتفظ به الدرجات السابقة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Delete a criterion no score uses (otherwise retire it)</source>
        <translation>حذف معيار لا تستخدمه أي درجة (وإلا فأوقفه)</translation>
    </message>
    <message>
        <source>Translations…</source>
        <translation>الترجمات…</translation>
    </message>
    <message>
        <source>The criterion&apos;s name and what 3 means in other languages</source>
        <translation>اسم المعيار وما تعنيه الدرجة 3 بلغات أخرى</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>معيار جديد</translation>
    </message>
    <message>
        <source>The new criterion&apos;s label, e.g. Toilets</source>
        <translation>تسمية المعيار الجديد، مثلاً: دورات المياه</translation>
    </message>
    <message>
        <source>New criterion, e.g. Toilets</source>
        <translation>معيار جديد، مثلاً: دورات المياه</translation>
    </message>
    <message>
        <source>What 3 (good) means</source>
        <translation>معنى 3 (جيد)</translation>
    </message>
    <message>
        <source>What a score of 3 means for the new criterion</source>
        <translation>معنى الدرجة 3 للمعيار الجديد</translation>
    </message>
    <message>
        <source>What 3 (good) means, e.g. Clean toilets open and visible</source>
        <translation>معنى 3 (جيد)، مثلاً: دورات مياه نظيفة ومفتوحة ومرئية</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Double-click a name or meaning to change it. Once sheets are scored, a change that alters meaning makes a new version of the set: old scores keep theirs.</source>
        <translation>انقر نقراً مزدوجاً على اسم أو معنى لتغييره. بعد تقييم الأوراق، أي تغيير يبدّل المعنى يُنشئ إصداراً جديداً من المجموعة: تحتفظ الدرجات القديمة بإصدارها.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · version %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · الإصدار %2</translation>
    </message>
    <message>
        <source>retired</source>
        <comment>a criterion</comment>
        <translation>موقوف</translation>
    </message>
    <message>
        <source>outcome</source>
        <comment>a criterion</comment>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>لم يتغير: %1</translation>
    </message>
    <message>
        <source>Scores already use version %1: this change made version %2. Old scores keep version %1.</source>
        <translation>الدرجات تستخدم الإصدار %1 بالفعل: أنشأ هذا التغيير الإصدار %2. تحتفظ الدرجات القديمة بالإصدار %1.</translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>مجموعة المعايير</translation>
    </message>
    <message>
        <source>Translate criteria set “%1”</source>
        <translation>ترجمة مجموعة المعايير «%1»</translation>
    </message>
</context>
<context>
    <name>DayNightChart</name>
    <message>
        <source>Safety score (0–5) of each place, west to east</source>
        <translation>درجة السلامة (0–5) لكل مكان، من الغرب إلى الشرق</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>نهاراً</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>ليلاً</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>CSV with longitude/latitude</source>
        <translation>CSV بخط الطول/العرض</translation>
    </message>
    <message>
        <source>Photo or scan of a paper map</source>
        <translation>صورة أو مسح ضوئي لخريطة ورقية</translation>
    </message>
    <message>
        <source>CoSafe projects (%1)</source>
        <translation>مشاريع CoSafe (%1)</translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation>المشروع مفتوح بالفعل</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>فتح للقراءة فقط</translation>
    </message>
    <message>
        <source>All map files (%1)</source>
        <translation>كل ملفات الخرائط (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a kind of file and its patterns</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>حفظ نسخة باسم</translation>
    </message>
    <message>
        <source>Import Basemap</source>
        <translation>استيراد خريطة أساس</translation>
    </message>
</context>
<context>
    <name>DotList</name>
    <message>
        <source>Click a proposal to place one dot; right-click to take one back</source>
        <translation>انقر على مقترح لوضع نقطة واحدة؛ انقر بالزر الأيمن لاستعادتها</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a proposal — its group</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Drawing</name>
    <message>
        <source>Place at least %1 control points (there are %2)</source>
        <translation>ضع %1 من نقاط التحكم على الأقل (الموجود %2)</translation>
    </message>
    <message>
        <source>The control points on the image lie on one line; spread them out over the map</source>
        <translation>نقاط التحكم على الصورة تقع على خط واحد؛ وزّعها على الخريطة</translation>
    </message>
    <message>
        <source>The control points on the map lie on one line; spread them out over the map</source>
        <translation>نقاط التحكم على الخريطة تقع على خط واحد؛ وزّعها على الخريطة</translation>
    </message>
    <message>
        <source>The heat map radius must be more than 0 metres, not %1</source>
        <translation>يجب أن يكون نصف قطر الخريطة الحرارية أكبر من 0 متر، وليس %1</translation>
    </message>
    <message>
        <source>Click on the map to place the point</source>
        <translation>انقر على الخريطة لوضع النقطة</translation>
    </message>
    <message>
        <source>A line needs at least two different points</source>
        <translation>يحتاج الخط إلى نقطتين مختلفتين على الأقل</translation>
    </message>
    <message>
        <source>An area needs at least three different points</source>
        <translation>تحتاج المساحة إلى ثلاث نقاط مختلفة على الأقل</translation>
    </message>
    <message>
        <source>The area has no inside: its points lie on one line</source>
        <translation>المساحة بلا داخل: نقاطها تقع على خط واحد</translation>
    </message>
</context>
<context>
    <name>DriversChart</name>
    <message>
        <source>%1 (n=%2)</source>
        <comment>a criterion and how many scored it</comment>
        <translation>%1 (n=%2)</translation>
    </message>
    <message>
        <source>Goes with feeling safe → (correlation, −1 … 1)</source>
        <translation>مرتبط بالشعور بالأمان ← (الارتباط، −1 … 1)</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Add stakeholder “%1”</source>
        <translation>إضافة صاحب المصلحة «%1»</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>تحرير صاحب المصلحة «%1»</translation>
    </message>
    <message>
        <source>Delete stakeholder “%1”</source>
        <translation>حذف صاحب المصلحة «%1»</translation>
    </message>
    <message>
        <source>Add action “%1”</source>
        <translation>إضافة الإجراء «%1»</translation>
    </message>
    <message>
        <source>Edit action “%1”</source>
        <translation>تحرير الإجراء «%1»</translation>
    </message>
    <message>
        <source>Delete action “%1”</source>
        <translation>حذف الإجراء «%1»</translation>
    </message>
    <message>
        <source>Create action from proposal “%1”</source>
        <translation>إنشاء إجراء من المقترح «%1»</translation>
    </message>
    <message>
        <source>Add audit walk “%1”</source>
        <translation>إضافة جولة التدقيق «%1»</translation>
    </message>
    <message>
        <source>Edit audit walk “%1”</source>
        <translation>تحرير جولة التدقيق «%1»</translation>
    </message>
    <message>
        <source>Delete audit walk “%1”</source>
        <translation>حذف جولة التدقيق «%1»</translation>
    </message>
    <message>
        <source>Delete audit point %1</source>
        <translation>حذف نقطة التدقيق %1</translation>
    </message>
    <message>
        <source>Redraw route of “%1”</source>
        <translation>إعادة رسم مسار «%1»</translation>
    </message>
    <message>
        <source>Draw route of “%1”</source>
        <translation>رسم مسار «%1»</translation>
    </message>
    <message>
        <source>Enter audit point %1 of “%2”</source>
        <translation>إدخال نقطة التدقيق %1 من «%2»</translation>
    </message>
    <message>
        <source>Edit audit point %1 of “%2”</source>
        <translation>تحرير نقطة التدقيق %1 من «%2»</translation>
    </message>
    <message>
        <source>Add criterion “%1”</source>
        <translation>إضافة المعيار «%1»</translation>
    </message>
    <message>
        <source>Rename criterion “%1” to “%2”</source>
        <translation>إعادة تسمية المعيار «%1» إلى «%2»</translation>
    </message>
    <message>
        <source>Edit criterion “%1”</source>
        <translation>تحرير المعيار «%1»</translation>
    </message>
    <message>
        <source>Retire criterion “%1”</source>
        <translation>إيقاف المعيار «%1»</translation>
    </message>
    <message>
        <source>Remove criterion “%1”</source>
        <translation>إزالة المعيار «%1»</translation>
    </message>
    <message>
        <source>Reorder criteria</source>
        <translation>إعادة ترتيب المعايير</translation>
    </message>
    <message>
        <source>%1 (criteria set version %2)</source>
        <comment>%1 is the change, e.g. Add criterion “CCTV”</comment>
        <translation>%1 (إصدار مجموعة المعايير %2)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>suppression threshold</source>
        <translation>عتبة الإخفاء</translation>
    </message>
    <message>
        <source>area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>report language</source>
        <translation>لغة التقارير</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of project properties</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>no project property</comment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Change project %1</source>
        <comment>%1 lists the properties changed: “name, place”</comment>
        <translation>تغيير %1 للمشروع</translation>
    </message>
    <message>
        <source>Add %1</source>
        <comment>%1 is a kind of record: “audit point”</comment>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>%1 is a kind of record: “audit point”</comment>
        <translation>تحرير %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <comment>%1 is a kind of record: “audit point”</comment>
        <translation>حذف %1</translation>
    </message>
    <message>
        <source>Delete group “%1”</source>
        <translation>حذف المجموعة «%1»</translation>
    </message>
    <message>
        <source>Delete workshop “%1”</source>
        <translation>حذف الورشة «%1»</translation>
    </message>
    <message>
        <source>Edit workshop “%1”</source>
        <translation>تحرير الورشة «%1»</translation>
    </message>
    <message>
        <source>Rename group “%1” to “%2”</source>
        <translation>إعادة تسمية المجموعة «%1» إلى «%2»</translation>
    </message>
    <message>
        <source>Recolour group “%1”</source>
        <translation>تغيير لون المجموعة «%1»</translation>
    </message>
    <message>
        <source>Edit group “%1”</source>
        <translation>تحرير المجموعة «%1»</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The blur grid must be more than 0 m, not %1</source>
        <translation>يجب أن تكون شبكة التمويه أكبر من 0 م، وليس %1</translation>
    </message>
    <message>
        <source>The action plan was not written: %1</source>
        <translation>لم تُكتب خطة العمل: %1</translation>
    </message>
    <message>
        <source>Unknown export format %1; choose one of %2</source>
        <translation>صيغة تصدير غير معروفة %1؛ اختر إحدى: %2</translation>
    </message>
    <message>
        <source>A public export never includes contacts</source>
        <translation>التصدير العام لا يتضمن جهات الاتصال أبداً</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>تعذّر إنشاء المجلد %1: %2</translation>
    </message>
    <message>
        <source>The export was not written: %1</source>
        <translation>لم يُكتب التصدير: %1</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <comment>%1: a table of the project, as its file calls it</comment>
        <translation>جارٍ كتابة %1</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>أُلغي التصدير</translation>
    </message>
</context>
<context>
    <name>FieldCopyDialog</name>
    <message>
        <source>Hand Out Field Copy</source>
        <translation>تسليم نسخة ميدانية</translation>
    </message>
    <message>
        <source>Required, e.g. Field team 2 or Youth group laptop</source>
        <translation>مطلوب، مثلاً: الفريق الميداني 2 أو حاسوب مجموعة الشباب</translation>
    </message>
    <message>
        <source>The copy holds this group&apos;s participants (code, gender, age band, role), so the team can record who walks; never their contacts.</source>
        <translation>تحتوي النسخة على مشاركي هذه المجموعة (الرمز، الجنس، الفئة العمرية، الدور)، ليسجّل الفريق من يشارك في الجولة؛ ولا تحتوي أبداً على جهات اتصالهم.</translation>
    </message>
    <message>
        <source>Include the participants of &amp;every group</source>
        <translation>تضمين مشاركي &amp;كل المجموعات</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Team or &amp;laptop</source>
        <translation>الفريق أو ال&amp;حاسوب</translation>
    </message>
    <message>
        <source>Team&apos;s &amp;group</source>
        <translation>&amp;مجموعة الفريق</translation>
    </message>
    <message>
        <source>&amp;Save copy as</source>
        <translation>&amp;حفظ النسخة باسم</translation>
    </message>
    <message>
        <source>&amp;Hand Out</source>
        <translation>&amp;تسليم</translation>
    </message>
    <message>
        <source>Save Field Copy As</source>
        <translation>حفظ النسخة الميدانية باسم</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>This could not be worked out (details were written to the terminal)</source>
        <translation>تعذّر حساب ذلك (كُتبت التفاصيل في الطرفية)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>A code or a name, e.g. KES</source>
        <translation>رمز أو اسم، مثلاً: KES</translation>
    </message>
    <message>
        <source>Not estimated</source>
        <translation>غير مقدّرة</translation>
    </message>
    <message>
        <source>A rough cost in %1 (%2); leave at “Not estimated” if unknown</source>
        <translation>تكلفة تقريبية بـ%1 (%2)؛ اتركها «غير مقدّرة» إن لم تكن معروفة</translation>
    </message>
    <message>
        <source>A rough cost in the local currency; leave at “Not estimated” if unknown</source>
        <translation>تكلفة تقريبية بالعملة المحلية؛ اتركها «غير مقدّرة» إن لم تكن معروفة</translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation>إضافة صور</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>الصور (%1)</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (details were written to the terminal); the project was not changed</source>
        <translation>حدث خطأ غير متوقع (كُتبت التفاصيل في الطرفية)؛ لم يتغير المشروع</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (details were written to the terminal); no file was written</source>
        <translation>حدث خطأ غير متوقع (كُتبت التفاصيل في الطرفية)؛ لم يُكتب أي ملف</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>permission denied</source>
        <translation>الإذن مرفوض</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>القرص للقراءة فقط</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>لا يوجد ملف أو مجلد بهذا الاسم</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>موجود مسبقاً</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>إنه مجلد</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>جزء من المسار ليس مجلداً</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>الاسم طويل جداً</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>الملف قيد الاستخدام</translation>
    </message>
</context>
<context>
    <name>GroupColours</name>
    <message>
        <source>Blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>برتقالي</translation>
    </message>
    <message>
        <source>Bluish green</source>
        <translation>أخضر مزرق</translation>
    </message>
    <message>
        <source>Reddish purple</source>
        <translation>أرجواني محمر</translation>
    </message>
    <message>
        <source>Vermillion</source>
        <translation>قرمزي</translation>
    </message>
    <message>
        <source>Wine</source>
        <translation>نبيذي</translation>
    </message>
    <message>
        <source>Maroon</source>
        <translation>كستنائي</translation>
    </message>
    <message>
        <source>Ultramarine</source>
        <translation>لازوردي</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>أزرق سماوي</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>أسود</translation>
    </message>
</context>
<context>
    <name>GroupComparisonView</name>
    <message>
        <source>Workshop to compare</source>
        <translation>الورشة المراد مقارنتها</translation>
    </message>
    <message>
        <source>The workshop whose groups are compared</source>
        <translation>الورشة التي تُقارَن مجموعاتها</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>ورشة بلا عنوان</translation>
    </message>
    <message>
        <source>Add a workshop and its groups to compare what each group proposed.</source>
        <translation>أضف ورشة ومجموعاتها لمقارنة ما اقترحته كل مجموعة.</translation>
    </message>
    <message>
        <source>Unnamed group</source>
        <translation>مجموعة بلا اسم</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>بلا مجموعة</translation>
    </message>
    <message>
        <source>This workshop has no groups yet.</source>
        <translation>لا مجموعات في هذه الورشة بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals · %1 without a principle</source>
        <translation>
            <numerusform>%Ln مقترح · %1 دون مبدأ</numerusform>
            <numerusform>%Ln مقترح · %1 دون مبدأ</numerusform>
            <numerusform>%Ln مقترحان · %1 دون مبدأ</numerusform>
            <numerusform>%Ln مقترحات · %1 دون مبدأ</numerusform>
            <numerusform>%Ln مقترح · %1 دون مبدأ</numerusform>
            <numerusform>%Ln مقترح · %1 دون مبدأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals</source>
        <translation>
            <numerusform>%Ln مقترح</numerusform>
            <numerusform>%Ln مقترح</numerusform>
            <numerusform>%Ln مقترحان</numerusform>
            <numerusform>%Ln مقترحات</numerusform>
            <numerusform>%Ln مقترح</numerusform>
            <numerusform>%Ln مقترح</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposals of %1</source>
        <comment>%1: a group</comment>
        <translation>مقترحات %1</translation>
    </message>
    <message>
        <source>The proposals %1 made</source>
        <translation>المقترحات التي قدّمتها %1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add Group</source>
        <translation>إضافة مجموعة</translation>
    </message>
    <message>
        <source>Required, e.g. Youth, Women traders, Table 2</source>
        <translation>مطلوب، مثلاً: الشباب، التاجرات، الطاولة 2</translation>
    </message>
    <message>
        <source>%1: %2 (used by another group)</source>
        <comment>a colour: its symbol</comment>
        <translation>%1: %2 (تستخدمه مجموعة أخرى)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a colour: its symbol</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>اللون:</translation>
    </message>
</context>
<context>
    <name>GroupSymbols</name>
    <message>
        <source>circle</source>
        <translation>دائرة</translation>
    </message>
    <message>
        <source>star</source>
        <translation>نجمة</translation>
    </message>
    <message>
        <source>triangle pointing down</source>
        <translation>مثلث متجه إلى الأسفل</translation>
    </message>
    <message>
        <source>plus sign</source>
        <translation>علامة زائد</translation>
    </message>
    <message>
        <source>hexagon</source>
        <translation>مسدس</translation>
    </message>
    <message>
        <source>half disc</source>
        <translation>نصف قرص</translation>
    </message>
    <message>
        <source>pentagon</source>
        <translation>مخمس</translation>
    </message>
    <message>
        <source>square</source>
        <translation>مربع</translation>
    </message>
    <message>
        <source>solid line</source>
        <translation>خط متصل</translation>
    </message>
    <message>
        <source>dashed line</source>
        <translation>خط متقطع</translation>
    </message>
    <message>
        <source>dotted line</source>
        <translation>خط منقط</translation>
    </message>
    <message>
        <source>dash-dot line</source>
        <translation>خط شرطة ونقطة</translation>
    </message>
    <message>
        <source>long-dashed line</source>
        <translation>خط بشرطات طويلة</translation>
    </message>
    <message>
        <source>dash-dot-dot line</source>
        <translation>خط شرطة ونقطتين</translation>
    </message>
    <message>
        <source>long dash-dot line</source>
        <translation>خط شرطة طويلة ونقطة</translation>
    </message>
    <message>
        <source>short-dashed line</source>
        <translation>خط بشرطات قصيرة</translation>
    </message>
    <message>
        <source>plain fill</source>
        <translation>تعبئة سادة</translation>
    </message>
    <message>
        <source>hatched /</source>
        <translation>تظليل /</translation>
    </message>
    <message>
        <source>hatched \</source>
        <translation>تظليل \</translation>
    </message>
    <message>
        <source>crossed hatch</source>
        <translation>تظليل متقاطع</translation>
    </message>
    <message>
        <source>horizontal hatch</source>
        <translation>تظليل أفقي</translation>
    </message>
    <message>
        <source>diagonal crossed hatch</source>
        <translation>تظليل متقاطع قطري</translation>
    </message>
    <message>
        <source>vertical hatch</source>
        <translation>تظليل عمودي</translation>
    </message>
    <message>
        <source>dotted fill</source>
        <translation>تعبئة منقطة</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>a group&apos;s marker shape, line and area fill</comment>
        <translation>%1، %2، %3</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Workshop Guide</source>
        <translation>دليل الورشة</translation>
    </message>
</context>
<context>
    <name>HandOut</name>
    <message>
        <source>The copy holds the basemap, the settings, criteria and reason tags, the workshops and groups, and the walks, pins, proposals and plan the team continues from, with a laptop identity of its own.</source>
        <translation>تحتوي النسخة على خريطة الأساس والإعدادات والمعايير ووسوم الأسباب والورش والمجموعات، والجولات والدبابيس والمقترحات والخطة التي يتابع منها الفريق، مع هوية حاسوب خاصة بها.</translation>
    </message>
    <message>
        <source>A USB stick can be lost, so it leaves out every contact, every pin story, audit comment, walk and workshop note, the facilitator&apos;s name, all photos, and who took part, except the participants of the team&apos;s group. They stay here: merging the copy back keeps them, and brings what the team records, without doubles or false conflicts.</source>
        <translation>قد تضيع ذاكرة USB، لذا تُستبعد كل جهات الاتصال وكل قصص الدبابيس وتعليقات التدقيق وملاحظات الجولات والورش واسم الميسّر وكل الصور ومن شارك، باستثناء مشاركي مجموعة الفريق. تبقى هنا: دمج النسخة عند عودتها يحتفظ بها، ويجلب ما سجّله الفريق، دون تكرار أو تعارضات زائفة.</translation>
    </message>
    <message>
        <source>The copy will then hold who took part in every group: each person&apos;s code, gender, age band and role (never a contact). Anyone who finds the stick can read them.</source>
        <translation>ستحتوي النسخة حينئذ على من شارك في كل مجموعة: رمز كل شخص وجنسه وفئته العمرية ودوره (دون أي جهة اتصال). يستطيع أي شخص يجد الذاكرة قراءتها.</translation>
    </message>
    <message>
        <source>None (no participants)</source>
        <translation>لا شيء (بلا مشاركين)</translation>
    </message>
    <message>
        <source>The field copy was not made</source>
        <translation>لم تُنشأ النسخة الميدانية</translation>
    </message>
    <message>
        <source>Field copy ready</source>
        <translation>النسخة الميدانية جاهزة</translation>
    </message>
    <message>
        <source>Give %1 to %2.</source>
        <translation>أعطِ %1 إلى %2.</translation>
    </message>
    <message>
        <source>When they bring it back, merge it with File › Merge Projects…</source>
        <translation>عند إعادتها، ادمجها عبر ملف › دمج المشاريع…</translation>
    </message>
    <message>
        <source>field copy</source>
        <comment>a file name</comment>
        <translation>نسخة ميدانية</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <comment>a workshop › a group</comment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation>بلا ورشة</translation>
    </message>
    <message>
        <source>Choose where to save the field copy</source>
        <translation>اختر مكان حفظ النسخة الميدانية</translation>
    </message>
    <message>
        <source>Writing the field copy for %1…</source>
        <translation>جارٍ كتابة النسخة الميدانية لـ%1…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written</source>
        <translation>أُلغي؛ لم يُكتب شيء</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <source>Click a map feature to see what it is</source>
        <translation>انقر على معلم في الخريطة لمعرفة ماهيته</translation>
    </message>
    <message>
        <source>No further details recorded for this feature.</source>
        <translation>لا تفاصيل أخرى مسجلة لهذا المعلم.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>معلم</translation>
    </message>
    <message>
        <source>Unnamed %1</source>
        <comment>%1 a kind of map feature</comment>
        <translation>%1 بلا اسم</translation>
    </message>
    <message>
        <source>%1 · layer “%2”</source>
        <translation>%1 · الطبقة «%2»</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message numerus="yes">
        <source>Cleaned %Ln images that held camera data or a camera&apos;s file name (now without metadata, under a neutral name)</source>
        <translation>
            <numerusform>نُظّفت %Ln صورة كانت تحمل بيانات الكاميرا أو اسم ملف من الكاميرا (الآن دون بيانات وصفية، وباسم محايد)</numerusform>
            <numerusform>نُظّفت %Ln صورة كانت تحمل بيانات الكاميرا أو اسم ملف من الكاميرا (الآن دون بيانات وصفية، وباسم محايد)</numerusform>
            <numerusform>نُظّفت %Ln صورتان كانت تحمل بيانات الكاميرا أو اسم ملف من الكاميرا (الآن دون بيانات وصفية، وباسم محايد)</numerusform>
            <numerusform>نُظّفت %Ln صور كانت تحمل بيانات الكاميرا أو اسم ملف من الكاميرا (الآن دون بيانات وصفية، وباسم محايد)</numerusform>
            <numerusform>نُظّفت %Ln صورة كانت تحمل بيانات الكاميرا أو اسم ملف من الكاميرا (الآن دون بيانات وصفية، وباسم محايد)</numerusform>
            <numerusform>نُظّفت %Ln صورة كانت تحمل بيانات الكاميرا أو اسم ملف من الكاميرا (الآن دون بيانات وصفية، وباسم محايد)</numerusform>
        </translation>
    </message>
    <message>
        <source>No readable stored image held camera data or a camera&apos;s file name</source>
        <translation>لا توجد صورة مخزنة مقروءة تحمل بيانات الكاميرا أو اسم ملف من الكاميرا</translation>
    </message>
    <message>
        <source>No stored image held camera data or a camera&apos;s file name</source>
        <translation>لا توجد صورة مخزنة تحمل بيانات الكاميرا أو اسم ملف من الكاميرا</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln images could not be read and were left as they are</source>
        <comment>%1 is what was cleaned, said just before</comment>
        <translation>
            <numerusform>%1؛ تعذّرت قراءة %Ln صورة وتُركت كما هي</numerusform>
            <numerusform>%1؛ تعذّرت قراءة %Ln صورة وتُركت كما هي</numerusform>
            <numerusform>%1؛ تعذّرت قراءة %Ln صورتين وتُركت كما هي</numerusform>
            <numerusform>%1؛ تعذّرت قراءة %Ln صور وتُركت كما هي</numerusform>
            <numerusform>%1؛ تعذّرت قراءة %Ln صورة وتُركت كما هي</numerusform>
            <numerusform>%1؛ تعذّرت قراءة %Ln صورة وتُركت كما هي</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <comment>%1: layer names</comment>
        <translation>
            <numerusform>%1 و%Ln أخرى</numerusform>
            <numerusform>%1 و%Ln أخرى</numerusform>
            <numerusform>%1 و%Ln أخريان</numerusform>
            <numerusform>%1 و%Ln أخرى</numerusform>
            <numerusform>%1 و%Ln أخرى</numerusform>
            <numerusform>%1 و%Ln أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no layer %2; its layers are %3</source>
        <translation>لا يحتوي %1 على طبقة %2؛ طبقاته هي %3</translation>
    </message>
    <message>
        <source>No layer of %1 was chosen</source>
        <translation>لم تُختر أي طبقة من %1</translation>
    </message>
    <message>
        <source>%1 — points</source>
        <comment>a layer holding the points of the file&apos;s layer %1</comment>
        <translation>%1 — النقاط</translation>
    </message>
    <message>
        <source>%1 — lines</source>
        <comment>a layer holding the lines of the file&apos;s layer %1</comment>
        <translation>%1 — الخطوط</translation>
    </message>
    <message>
        <source>%1 — areas</source>
        <comment>a layer holding the polygons of the file&apos;s layer %1</comment>
        <translation>%1 — المساحات</translation>
    </message>
    <message>
        <source>Layer %1 was not imported: %2</source>
        <translation>لم تُستورد الطبقة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln features without a shape were left out</source>
        <translation>
            <numerusform>تُرك %Ln معلم بلا شكل</numerusform>
            <numerusform>تُرك %Ln معلم بلا شكل</numerusform>
            <numerusform>تُرك %Ln معلمان بلا شكل</numerusform>
            <numerusform>تُركت %Ln معالم بلا شكل</numerusform>
            <numerusform>تُرك %Ln معلمًا بلا شكل</numerusform>
            <numerusform>تُرك %Ln معلم بلا شكل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln features with a broken part were mended: a line of one point kept as a point, parts too short to draw left out</source>
        <translation>
            <numerusform>لم تُصلَح أي معالم (%Ln) ذات جزء تالف</numerusform>
            <numerusform>أُصلِح معلم واحد (%Ln) ذو جزء تالف: حُفظ الخط ذو النقطة الواحدة كنقطة وتُركت الأجزاء الأقصر من أن تُرسم</numerusform>
            <numerusform>أُصلِح معلمان (%Ln) ذوا جزء تالف: حُفظ الخط ذو النقطة الواحدة كنقطة وتُركت الأجزاء الأقصر من أن تُرسم</numerusform>
            <numerusform>أُصلِحت %Ln معالم ذات جزء تالف: حُفظ الخط ذو النقطة الواحدة كنقطة وتُركت الأجزاء الأقصر من أن تُرسم</numerusform>
            <numerusform>أُصلِح %Ln معلماً ذا جزء تالف: حُفظ الخط ذو النقطة الواحدة كنقطة وتُركت الأجزاء الأقصر من أن تُرسم</numerusform>
            <numerusform>أُصلِح %Ln معلم ذي جزء تالف: حُفظ الخط ذو النقطة الواحدة كنقطة وتُركت الأجزاء الأقصر من أن تُرسم</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1</source>
        <comment>%1: a file or one of its layers</comment>
        <translation>جارٍ قراءة %1</translation>
    </message>
    <message>
        <source>%1 is an OpenStreetMap file: it is imported whole, its points, lines and areas together, so none of its layers can be left out</source>
        <translation>%1 ملف OpenStreetMap: يُستورد كاملًا، نقاطه وخطوطه ومساحاته معًا، لذا لا يمكن استبعاد أي من طبقاته</translation>
    </message>
    <message>
        <source>Unknown style class %1; choose one of %2</source>
        <translation>فئة نمط غير معروفة %1؛ اختر إحدى: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no shapes to draw: none of its %Ln features has a geometry; export it again with its geometry</source>
        <translation>
            <numerusform>لا يحتوي %1 على أشكال للرسم: لا يملك أي من معالمه الـ%Ln هندسة؛ صدِّره مجدداً مع هندسته</numerusform>
            <numerusform>لا يحتوي %1 على أشكال للرسم: معلمه الوحيد (%Ln) بلا هندسة؛ صدِّره مجدداً مع هندسته</numerusform>
            <numerusform>لا يحتوي %1 على أشكال للرسم: لا يملك أي من معلميه (%Ln) هندسة؛ صدِّره مجدداً مع هندسته</numerusform>
            <numerusform>لا يحتوي %1 على أشكال للرسم: لا يملك أي من معالمه الـ%Ln هندسة؛ صدِّره مجدداً مع هندسته</numerusform>
            <numerusform>لا يحتوي %1 على أشكال للرسم: لا يملك أي من معالمه البالغة %Ln معلماً هندسة؛ صدِّره مجدداً مع هندسته</numerusform>
            <numerusform>لا يحتوي %1 على أشكال للرسم: لا يملك أي من معالمه البالغة %Ln معلم هندسة؛ صدِّره مجدداً مع هندسته</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no features CoSafe can draw</source>
        <translation>لا يحتوي %1 على معالم يستطيع CoSafe رسمها</translation>
    </message>
    <message>
        <source>Writing to the project</source>
        <translation>جارٍ الكتابة في المشروع</translation>
    </message>
    <message>
        <source>%1 is %2 MB; CoSafe takes images of up to %3 MB</source>
        <translation>حجم %1 هو %2 ميغابايت؛ يقبل CoSafe صوراً حتى %3 ميغابايت</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels (%4 megapixels); CoSafe takes images of up to %5 megapixels</source>
        <translation>أبعاد %1 هي %2 × %3 بكسل (%4 ميغابكسل)؛ يقبل CoSafe صوراً حتى %5 ميغابكسل</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>%1 is not an image CoSafe can read (PNG, JPEG, TIFF, BMP or WebP)</source>
        <translation>%1 ليس صورة يستطيع CoSafe قراءتها (PNG أو JPEG أو TIFF أو BMP أو WebP)</translation>
    </message>
    <message>
        <source>its .shx file is missing: a shapefile is several files (.shp, .shx, .dbf); copy them together</source>
        <translation>ملف .shx الخاص به مفقود: ملف الأشكال (shapefile) عدة ملفات (.shp، .shx، .dbf)؛ انسخها معاً</translation>
    </message>
    <message>
        <source>its .dbf file is missing: a shapefile is several files (.shp, .shx, .dbf); copy them together</source>
        <translation>ملف .dbf الخاص به مفقود: ملف الأشكال (shapefile) عدة ملفات (.shp، .shx، .dbf)؛ انسخها معاً</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete; copy it again from where it came from</source>
        <translation>الملف تالف أو غير مكتمل؛ انسخه مجدداً من مصدره</translation>
    </message>
    <message>
        <source>CoSafe may not read it (permission denied)</source>
        <translation>لا يُسمح لـCoSafe بقراءته (تم رفض الإذن)</translation>
    </message>
    <message>
        <source>not a format CoSafe reads</source>
        <translation>ليست صيغة يقرؤها CoSafe</translation>
    </message>
    <message>
        <source>the file is damaged or not a map file</source>
        <translation>الملف تالف أو ليس ملف خريطة</translation>
    </message>
    <message>
        <source>the file is damaged or not an incident file</source>
        <translation>الملف تالف أو ليس ملف حوادث</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (not an SQLite database)</source>
        <translation>%1 ليس ملف MBTiles (ليس قاعدة بيانات SQLite)</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (it has no tiles and metadata tables)</source>
        <translation>%1 ليس ملف MBTiles (لا يحتوي على جدولي tiles وmetadata)</translation>
    </message>
    <message>
        <source>%1 holds vector tiles: import it as a vector basemap</source>
        <translation>يحتوي %1 على بلاطات متجهية: استورده كخريطة أساس متجهية</translation>
    </message>
    <message>
        <source>%1 is refused: its “metadata” is not a table (CoSafe reads no view or virtual table it does not know)</source>
        <translation>رُفض %1: «metadata» فيه ليس جدولاً (لا يقرأ CoSafe أي عرض أو جدول افتراضي لا يعرفه)</translation>
    </message>
    <message>
        <source>%1 is refused: its “tiles” is a view CoSafe does not know, not a table (a view can run any query, even one that never ends)</source>
        <translation>رُفض %1: «tiles» فيه عرض لا يعرفه CoSafe، وليس جدولاً (يمكن للعرض تشغيل أي استعلام، حتى استعلام لا ينتهي)</translation>
    </message>
    <message>
        <source>%1 took too long to read, so it was refused</source>
        <translation>استغرقت قراءة %1 وقتاً طويلاً، فرُفض</translation>
    </message>
    <message>
        <source>%1 is damaged: its tables cannot be read</source>
        <translation>%1 تالف: تعذّرت قراءة جداوله</translation>
    </message>
    <message>
        <source>%1 is damaged: its tiles cannot be read</source>
        <translation>%1 تالف: تعذّرت قراءة بلاطاته</translation>
    </message>
    <message>
        <source>%1 has no tiles</source>
        <translation>لا يحتوي %1 على بلاطات</translation>
    </message>
    <message>
        <source>%1 has a tile that is not a PNG, JPEG or WebP image</source>
        <translation>يحتوي %1 على بلاطة ليست صورة PNG أو JPEG أو WebP</translation>
    </message>
    <message>
        <source>Copying tiles (%1 of %2)</source>
        <translation>جارٍ نسخ البلاطات (%1 من %2)</translation>
    </message>
    <message>
        <source>%1 is not on this computer&apos;s disk; CoSafe reads and writes only local files, never network addresses or GDAL virtual file systems</source>
        <translation>%1 ليس على قرص هذا الحاسوب؛ يقرأ CoSafe ويكتب الملفات المحلية فقط، ولا يتعامل أبداً مع عناوين الشبكة أو أنظمة الملفات الافتراضية في GDAL</translation>
    </message>
    <message>
        <source>OpenStreetMap (.osm, .osm.pbf), GeoJSON (also TopoJSON and GeoJSON sequences), GeoPackage, Shapefile (also zipped), File Geodatabase (.gdb folder, also zipped), KML/KMZ, GPX, GML, FlatGeobuf, MapInfo (.tab, .mif), CSV with longitude/latitude columns</source>
        <translation>OpenStreetMap (.osm، .osm.pbf)، GeoJSON (وكذلك TopoJSON وتسلسلات GeoJSON)، GeoPackage، Shapefile (مضغوطاً أيضاً)، File Geodatabase (مجلد .gdb، مضغوطاً أيضاً)، KML/KMZ، GPX، GML، FlatGeobuf، MapInfo (.tab، .mif)، CSV بأعمدة خط الطول/العرض</translation>
    </message>
    <message>
        <source>%1 cannot be read as an incident file (%2); CoSafe reads %3</source>
        <translation>تعذّرت قراءة %1 ملفَّ حوادث (%2)؛ يقرأ CoSafe: %3</translation>
    </message>
    <message>
        <source>%1 cannot be read as a map file (%2); CoSafe reads %3</source>
        <translation>تعذّرت قراءة %1 ملفَّ خريطة (%2)؛ يقرأ CoSafe: %3</translation>
    </message>
    <message>
        <source>%1 is a GDAL pipeline (GDALG), not an incident file: it would make GDAL read other files or network addresses, so CoSafe does not open it</source>
        <translation>%1 خط معالجة GDAL (GDALG)، وليس ملف حوادث: سيجعل GDAL يقرأ ملفات أخرى أو عناوين شبكة، لذا لا يفتحه CoSafe</translation>
    </message>
    <message>
        <source>%1 is a GDAL pipeline (GDALG), not a map file: it would make GDAL read other files or network addresses, so CoSafe does not open it</source>
        <translation>%1 خط معالجة GDAL (GDALG)، وليس ملف خريطة: سيجعل GDAL يقرأ ملفات أخرى أو عناوين شبكة، لذا لا يفتحه CoSafe</translation>
    </message>
    <message>
        <source>%1 is a GDAL virtual layer (VRT), not an incident file: it would make GDAL read other files or network addresses, so CoSafe does not open it</source>
        <translation>%1 طبقة افتراضية في GDAL (VRT)، وليس ملف حوادث: سيجعل GDAL يقرأ ملفات أخرى أو عناوين شبكة، لذا لا يفتحه CoSafe</translation>
    </message>
    <message>
        <source>%1 is a GDAL virtual layer (VRT), not a map file: it would make GDAL read other files or network addresses, so CoSafe does not open it</source>
        <translation>%1 طبقة افتراضية في GDAL (VRT)، وليس ملف خريطة: سيجعل GDAL يقرأ ملفات أخرى أو عناوين شبكة، لذا لا يفتحه CoSafe</translation>
    </message>
    <message>
        <source>%1 is a GeoPackage without map layers: its tables hold values but no shapes to draw</source>
        <translation>%1 ملف GeoPackage بلا طبقات خريطة: جداوله تحوي قيماً لكن لا أشكال فيها لرسمها</translation>
    </message>
    <message>
        <source>it is an SQLite database but not a GeoPackage</source>
        <translation>إنه قاعدة بيانات SQLite لكنه ليس GeoPackage</translation>
    </message>
    <message>
        <source>%1 is a MapInfo table that reads other tables (seamless, a view or a link to a database), not one holding its own data: open it in MapInfo or QGIS and save it as a GeoPackage or Shapefile</source>
        <translation>%1 جدول MapInfo يقرأ جداول أخرى (جدول متصل أو عرض أو رابط إلى قاعدة بيانات)، لا جدول يحوي بياناته الخاصة: افتحه في MapInfo أو QGIS واحفظه بصيغة GeoPackage أو Shapefile</translation>
    </message>
    <message>
        <source>%1 is a MapInfo file without its %2 part beside it: MapInfo keeps a table in several files; copy them all into the same folder</source>
        <translation>%1 ملف MapInfo ليس بجانبه جزؤه %2: يحفظ MapInfo الجدول في عدة ملفات؛ انسخها كلها إلى المجلد نفسه</translation>
    </message>
    <message>
        <source>%1 is a spreadsheet workbook (Excel or OpenDocument), not a CSV file: open it in a spreadsheet program, save it as CSV, and import that</source>
        <translation>%1 مصنَّف جداول بيانات (Excel أو OpenDocument)، وليس ملف CSV: افتحه في برنامج جداول بيانات، واحفظه بصيغة CSV، ثم استورد ذلك الملف</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not an incident file: download the data file itself, not the page that offers it</source>
        <translation>%1 صفحة ويب (HTML)، وليس ملف حوادث: نزِّل ملف البيانات نفسه، لا الصفحة التي تعرضه</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not a map file: download the data file itself, not the page that offers it</source>
        <translation>%1 صفحة ويب (HTML)، وليس ملف خريطة: نزِّل ملف البيانات نفسه، لا الصفحة التي تعرضه</translation>
    </message>
    <message>
        <source>%1 has no header line: its first line holds values (such as %2), not column names; add a first line that names the columns</source>
        <translation>لا يحتوي %1 على سطر عناوين: سطره الأول يحمل قيماً (مثل %2) لا أسماء أعمدة؛ أضف سطراً أول يسمّي الأعمدة</translation>
    </message>
    <message>
        <source>%1 is a raster GeoPackage (map tiles or an image), not an incident file</source>
        <translation>%1 ملف GeoPackage نقطي (بلاطات خريطة أو صورة)، وليس ملف حوادث</translation>
    </message>
    <message>
        <source>%1 is a raster GeoPackage (map tiles or an image), not vector layers: import it as a tile basemap (File › Import Basemap, or cosafe import-basemap)</source>
        <translation>%1 ملف GeoPackage نقطي (بلاطات خريطة أو صورة)، لا طبقات متجهية: استورده كخريطة أساس من البلاطات (ملف › استيراد خريطة أساس، أو cosafe import-basemap)</translation>
    </message>
    <message>
        <source>%1 is a %2 file of a version or variant CoSafe cannot read; save it again as %2 with current GIS software (e.g. QGIS)</source>
        <translation>%1 ملف %2 من إصدار أو نوع لا يستطيع CoSafe قراءته؛ احفظه مجدداً بصيغة %2 ببرنامج نظم معلومات جغرافية حديث (مثلاً QGIS)</translation>
    </message>
    <message>
        <source>XML whose root is &lt;%1&gt;, not OSM, GPX, KML or GML</source>
        <translation>XML جذره &lt;%1&gt;، وليس OSM أو GPX أو KML أو GML</translation>
    </message>
    <message>
        <source>a damaged zip archive</source>
        <translation>أرشيف zip تالف</translation>
    </message>
    <message>
        <source>a zip archive with no shapefile, KML or File Geodatabase inside</source>
        <translation>أرشيف zip لا يحتوي على shapefile أو KML أو File Geodatabase</translation>
    </message>
    <message>
        <source>%1 declares XML entities, which OSM files never do; it was not imported</source>
        <translation>يعلن %1 عن كيانات XML، وهو ما لا تفعله ملفات OSM أبداً؛ لم يُستورد</translation>
    </message>
    <message>
        <source>%1 is empty or a folder, not an incident file</source>
        <translation>%1 فارغ أو مجلد، وليس ملف حوادث</translation>
    </message>
    <message>
        <source>%1 is empty or a folder, not a map file</source>
        <translation>%1 فارغ أو مجلد، وليس ملف خريطة</translation>
    </message>
    <message>
        <source>%1 could not be read: making a corrected copy of its features failed (%2)</source>
        <translation>تعذّرت قراءة %1: فشل إنشاء نسخة مصحَّحة من معالمه (%2)</translation>
    </message>
    <message>
        <source>%1 declares a coordinate reference system CoSafe cannot understand (its .prj file, or the declaration inside the file, is damaged); correct or remove it, then say which system the file uses (e.g. EPSG:32737)</source>
        <translation>يعلن %1 نظام إحداثيات مرجعياً لا يفهمه CoSafe (ملف ‎.prj الخاص به، أو الإعلان داخل الملف، تالف)؛ صححه أو احذفه، ثم حدد النظام الذي يستخدمه الملف (مثلاً EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>two GDAL drivers</comment>
        <translation>%1 أو %2</translation>
    </message>
    <message>
        <source>its content is %1 but GDAL reads it as %2</source>
        <translation>محتواه %1 لكن GDAL يقرؤه على أنه %2</translation>
    </message>
    <message>
        <source>%1 has no coordinates (no longitude/latitude columns found)</source>
        <translation>لا يحتوي %1 على إحداثيات (لم يُعثر على أعمدة خط الطول/العرض)</translation>
    </message>
    <message>
        <source>%1 has no coordinates</source>
        <translation>لا يحتوي %1 على إحداثيات</translation>
    </message>
    <message>
        <source>%1 has no longitude/latitude columns CoSafe recognises (it looks for names such as longitude, lon, lng, latitude, lat, x, y); rename them, or import the file as recorded incidents, where the columns can be chosen</source>
        <translation>لا يحتوي %1 على أعمدة خط طول/خط عرض يتعرّفها CoSafe (يبحث عن أسماء مثل longitude وlon وlng وlatitude وlat وx وy)؛ أعد تسميتها، أو استورد الملف كحوادث مسجلة حيث يمكن اختيار الأعمدة</translation>
    </message>
    <message>
        <source>%1 has no layer with geometry</source>
        <translation>لا يحتوي %1 على طبقة ذات هندسة</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system; say which one it uses (e.g. EPSG:32737)</source>
        <translation>لا يحتوي %1 على نظام إحداثيات مرجعي؛ حدد النظام الذي يستخدمه (مثلاً EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 cannot be read as an incident file (%2)</source>
        <translation>تعذّرت قراءة %1 ملفَّ حوادث (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be read as a map file (%2)</source>
        <translation>تعذّرت قراءة %1 ملفَّ خريطة (%2)</translation>
    </message>
    <message>
        <source>%1: layer %2 has no geometry</source>
        <translation>%1: الطبقة %2 بلا هندسة</translation>
    </message>
    <message>
        <source>%1: its text cannot be read as %2; choose another encoding (this file declares %3)</source>
        <translation>%1: لا يمكن قراءة نصه بترميز %2؛ اختر ترميزًا آخر (يصرّح هذا الملف بـ %3)</translation>
    </message>
    <message>
        <source>%1: its text cannot be read as %2; choose another encoding</source>
        <translation>%1: لا يمكن قراءة نصه بترميز %2؛ اختر ترميزًا آخر</translation>
    </message>
    <message>
        <source>%1 has shapes CoSafe cannot read; the file is damaged or incomplete</source>
        <translation>يحتوي %1 على أشكال لا يستطيع CoSafe قراءتها؛ الملف تالف أو غير مكتمل</translation>
    </message>
    <message>
        <source>%1: unknown coordinate reference system %2</source>
        <translation>%1: نظام إحداثيات مرجعي غير معروف %2</translation>
    </message>
    <message>
        <source>%1: its coordinates cannot be converted from the coordinate reference system %2 to longitude/latitude; give the one it really uses (e.g. EPSG:32737)</source>
        <translation>%1: لا يمكن تحويل إحداثياته من نظام الإحداثيات المرجعي %2 إلى خط الطول/خط العرض؛ حدد النظام الذي يستخدمه فعلاً (مثلاً EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 has coordinates outside longitude −180…180 / latitude −90…90: its coordinate reference system is wrong or missing</source>
        <translation>يحتوي %1 على إحداثيات خارج خط الطول −180…180 / خط العرض −90…90: نظام الإحداثيات المرجعي خاطئ أو مفقود</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (يونيكود)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (أوروبا الغربية)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (لاتيني 1)</translation>
    </message>
    <message>
        <source>CP437 (DOS, United States)</source>
        <translation>CP437 (DOS، الولايات المتحدة)</translation>
    </message>
    <message>
        <source>CP850 (DOS, Western Europe)</source>
        <translation>CP850 (DOS، أوروبا الغربية)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central Europe)</source>
        <translation>Windows-1250 (أوروبا الوسطى)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (سيريلية)</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (عربية)</translation>
    </message>
    <message>
        <source>%1 is georeferenced in a coordinate reference system CoSafe cannot convert to map coordinates; save it in another one (e.g. its UTM zone or EPSG:4326) with QGIS</source>
        <translation>%1 مُسنَد جغرافياً بنظام إحداثيات مرجعي لا يستطيع CoSafe تحويله إلى إحداثيات الخريطة؛ احفظه بنظام آخر (مثلاً منطقته في UTM أو EPSG:4326) باستخدام QGIS</translation>
    </message>
    <message>
        <source>%1 lies outside the map CoSafe draws (beyond 85° of latitude)</source>
        <translation>يقع %1 خارج الخريطة التي يرسمها CoSafe (أبعد من خط العرض 85°)</translation>
    </message>
    <message>
        <source>Making map tiles (%1 of %2)</source>
        <translation>جارٍ إنشاء بلاطات الخريطة (%1 من %2)</translation>
    </message>
    <message>
        <source>%1 is damaged: part of its image cannot be read</source>
        <translation>%1 تالف: تعذّرت قراءة جزء من صورته</translation>
    </message>
    <message>
        <source>%1 has no visible pixels (all of it is nodata or transparent)</source>
        <translation>لا يحتوي %1 على أي بكسل مرئي (كله بلا بيانات أو شفاف)</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: it is damaged, or not a GeoTIFF, PNG or JPEG</source>
        <translation>تتعذّر قراءة %1 كصورة: إنه تالف، أو ليس GeoTIFF أو PNG أو JPEG</translation>
    </message>
    <message>
        <source>%1 has no georeferencing: place it on the map by control points instead</source>
        <translation>لا يحتوي %1 على إسناد جغرافي: ضعه على الخريطة بنقاط التحكم بدلاً من ذلك</translation>
    </message>
    <message>
        <source>%1 is refused: its tiles %2 are not a plain table (CoSafe reads no view it does not know)</source>
        <translation>رُفض %1: بلاطاته %2 ليست جدولاً عادياً (لا يقرأ CoSafe أي عرض لا يعرفه)</translation>
    </message>
    <message>
        <source>%1 holds gridded values (such as elevations), not a map picture; CoSafe imports map tiles and images</source>
        <translation>يحتوي %1 على قيم شبكية (كالارتفاعات)، لا صورة خريطة؛ يستورد CoSafe بلاطات الخرائط والصور</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system for its tiles</source>
        <translation>لا يحتوي %1 على نظام إحداثيات مرجعي لبلاطاته</translation>
    </message>
    <message>
        <source>%1 is damaged: its vector tiles cannot be read</source>
        <translation>%1 تالف: تعذّرت قراءة بلاطاته المتجهية</translation>
    </message>
    <message>
        <source>%1 lists no layers of vector tiles</source>
        <translation>لا يذكر %1 أي طبقة من البلاطات المتجهية</translation>
    </message>
    <message>
        <source>house numbers are not drawn on CoSafe&apos;s map</source>
        <translation>لا تُرسم أرقام المنازل على خريطة CoSafe</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <source>This file does not say which coordinate system it uses. Type its EPSG code — it may be written in the file&apos;s documentation, or ask whoever made the file (for example EPSG:32737 is UTM zone 37 South).</source>
        <translation>لا يذكر هذا الملف نظام الإحداثيات الذي يستخدمه. اكتب رمز EPSG الخاص به — قد يكون مكتوباً في وثائق الملف، أو اسأل من أنشأه (مثلاً EPSG:32737 هو UTM المنطقة 37 جنوباً).</translation>
    </message>
    <message>
        <source>This file does not say which coordinate system it uses. Its coordinates all lie within longitude −180…180 and latitude −90…90: if they are longitude and latitude, type EPSG:4326; if not, type the EPSG code of the system they use.</source>
        <translation>لا يذكر هذا الملف نظام الإحداثيات الذي يستخدمه. كل إحداثياته تقع بين −180…180 لخط الطول و−90…90 لخط العرض: إن كانت خطوط طول وعرض فاكتب EPSG:4326، وإلا فاكتب رمز EPSG للنظام الذي تستخدمه.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>خطوط</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>مساحات</translation>
    </message>
    <message>
        <source>Import Basemap</source>
        <translation>استيراد خريطة أساس</translation>
    </message>
    <message>
        <source>map file</source>
        <translation>ملف خريطة</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln layers</source>
        <comment>%1: a file, %2: its format</comment>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2، %Ln طبقة</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2، %Ln طبقة</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2، %Ln طبقتان</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2، %Ln طبقات</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2، %Ln طبقة</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2، %Ln طبقة</numerusform>
        </translation>
    </message>
    <message>
        <source>What the layer is called in the Layers panel</source>
        <translation>اسم الطبقة في لوحة الطبقات</translation>
    </message>
    <message>
        <source>Layer &amp;name:</source>
        <translation>ا&amp;سم الطبقة:</translation>
    </message>
    <message>
        <source>Each layer of the file becomes its own basemap layer, named after this and the source layer.</source>
        <translation>تصبح كل طبقة في الملف طبقة أساس مستقلة، تُسمّى بهذا الاسم واسم الطبقة المصدر.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>تحديد ال&amp;كل</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>إلغاء ت&amp;حديد الكل</translation>
    </message>
    <message>
        <source>Tick the layers to import, how to draw them and which field names their features:</source>
        <translation>حدّد الطبقات المراد استيرادها وطريقة رسمها والحقل الذي يسمّي معالمها:</translation>
    </message>
    <message>
        <source>e.g. EPSG:4326</source>
        <translation>مثلاً EPSG:4326</translation>
    </message>
    <message>
        <source>The file&apos;s layers: tick those to import; what they hold, how each will be drawn and which field names its features</source>
        <translation>طبقات الملف: حدّد ما تريد استيراده؛ ما تحتويه، وكيف ستُرسم كل طبقة، والحقل الذي يسمّي معالمها</translation>
    </message>
    <message>
        <source>Label field</source>
        <translation>حقل التسمية</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>أمثلة</translation>
    </message>
    <message>
        <source>Draw %1 as</source>
        <translation>رسم %1 على شكل</translation>
    </message>
    <message>
        <source>How the map draws the source layer %1</source>
        <translation>كيف ترسم الخريطة الطبقة المصدر %1</translation>
    </message>
    <message>
        <source>The file does not say how its text is stored; it reads as %1, so %1 is chosen. Look at the examples; choose another encoding if the names look wrong.</source>
        <translation>لا يذكر الملف طريقة تخزين نصه؛ وهو يُقرأ بترميز %1، لذا اختير %1. انظر إلى الأمثلة؛ واختر ترميزًا آخر إذا بدت الأسماء خاطئة.</translation>
    </message>
    <message>
        <source>e.g. EPSG:32737</source>
        <translation>مثلاً EPSG:32737</translation>
    </message>
    <message>
        <source>&amp;Coordinate system:</source>
        <translation>&amp;نظام الإحداثيات:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Source layers</source>
        <translation>الطبقات المصدر</translation>
    </message>
    <message>
        <source>Source layer</source>
        <translation>الطبقة المصدر</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>الهندسة</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>المعالم</translation>
    </message>
    <message>
        <source>Draw as</source>
        <translation>الرسم على شكل</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Label field of %1</source>
        <translation>حقل التسمية لـ %1</translation>
    </message>
    <message>
        <source>The field whose value names each feature of %1 on the map</source>
        <translation>الحقل الذي تسمّي قيمته كل معلم من %1 على الخريطة</translation>
    </message>
    <message>
        <source>As the file declares (%1)</source>
        <translation>كما يصرّح الملف (%1)</translation>
    </message>
    <message>
        <source>As the file declares</source>
        <translation>كما يصرّح الملف</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>ترميز النص</translation>
    </message>
    <message>
        <source>How the letters of the file&apos;s attributes are stored; the examples show the names as they will read</source>
        <translation>طريقة تخزين حروف سمات الملف؛ تعرض الأمثلة الأسماء كما ستُقرأ</translation>
    </message>
    <message>
        <source>The file says its text is %1, but it reads as %2, so %2 is chosen. Look at the examples; choose another encoding if the names look wrong.</source>
        <translation>يقول الملف إن نصه بترميز %1، لكنه يُقرأ بترميز %2، لذا اختير %2. انظر إلى الأمثلة؛ واختر ترميزًا آخر إذا بدت الأسماء خاطئة.</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>&amp;ترميز النص:</translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <comment>layers</comment>
        <translation>%1 من %2 مختارة</translation>
    </message>
    <message>
        <source>“%1” is not a coordinate system CoSafe knows. Type an EPSG code such as EPSG:32737.</source>
        <translation>«%1» ليس نظام إحداثيات يعرفه CoSafe. اكتب رمز EPSG مثل EPSG:32737.</translation>
    </message>
</context>
<context>
    <name>IncidentImportDialog</name>
    <message>
        <source>Import Recorded Incidents</source>
        <translation>استيراد الحوادث المسجلة</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>الملف: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Where the records come from; every incident is labelled with it</source>
        <translation>من أين تأتي السجلات؛ تُوسم بها كل حادثة</translation>
    </message>
    <message>
        <source>Required, e.g. Police records 2023</source>
        <translation>مطلوب، مثلاً: سجلات الشرطة 2023</translation>
    </message>
    <message>
        <source>&amp;Longitude or x</source>
        <translation>&amp;خط الطول أو x</translation>
    </message>
    <message>
        <source>L&amp;atitude or y</source>
        <translation>خط ال&amp;عرض أو y</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Time of day</source>
        <translation>ال&amp;وقت من اليوم</translation>
    </message>
    <message>
        <source>Catego&amp;ry</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>ال&amp;وصف</translation>
    </message>
    <message>
        <source>The column holding each incident&apos;s longitude (or projected x)</source>
        <translation>العمود الذي يحمل خط طول كل حادثة (أو x المُسقَط)</translation>
    </message>
    <message>
        <source>The column holding each incident&apos;s latitude (or projected y)</source>
        <translation>العمود الذي يحمل خط عرض كل حادثة (أو y المُسقَط)</translation>
    </message>
    <message>
        <source>The column holding the date each incident happened</source>
        <translation>العمود الذي يحمل تاريخ وقوع كل حادثة</translation>
    </message>
    <message>
        <source>The column holding the time of day, when the date has none</source>
        <translation>العمود الذي يحمل الوقت من اليوم، حين لا يحمله التاريخ</translation>
    </message>
    <message>
        <source>The column holding the kind of incident (robbery, assault…)</source>
        <translation>العمود الذي يحمل نوع الحادثة (سرقة، اعتداء…)</translation>
    </message>
    <message>
        <source>A column describing each incident, kept with it (shown when you identify it; left out of public exports)</source>
        <translation>عمود يصف كل حادثة؛ يُحفظ معها (يُعرض عند التعرّف عليها؛ ولا يدخل في التصديرات العامة)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>ال&amp;مصدر</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>نظام الإحداثيات</translation>
    </message>
    <message>
        <source>Only for projected x/y columns, e.g. EPSG:32737 or EPSG:2272</source>
        <translation>لأعمدة x/y المُسقَطة فقط، مثلاً EPSG:32737 أو EPSG:2272</translation>
    </message>
    <message>
        <source>e.g. EPSG:32737</source>
        <translation>مثلاً EPSG:32737</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>تنسيق التاريخ</translation>
    </message>
    <message>
        <source>How the dates are written; detected from the column</source>
        <translation>كيف كُتبت التواريخ؛ يُكتشف من العمود</translation>
    </message>
    <message>
        <source>&amp;Coordinate system</source>
        <translation>&amp;نظام الإحداثيات</translation>
    </message>
    <message>
        <source>Date f&amp;ormat</source>
        <translation>&amp;تنسيق التاريخ</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>الصفوف الأولى من الملف</translation>
    </message>
    <message>
        <source>The first rows of the file, as they are written in it</source>
        <translation>الصفوف الأولى من الملف، كما هي مكتوبة فيه</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>مُختار</translation>
    </message>
    <message>
        <source>guessed: %1</source>
        <translation>مُخمَّن: %1</translation>
    </message>
    <message>
        <source>none needed: the dates carry the time</source>
        <translation>غير لازم: التواريخ تحمل الوقت</translation>
    </message>
    <message>
        <source>no column found</source>
        <translation>لم يُعثر على عمود</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a control&apos;s tip (why its value)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose day/month or month/day…</source>
        <translation>اختر يوم/شهر أو شهر/يوم…</translation>
    </message>
    <message>
        <source>Dates such as %1 could be day/month or month/day: choose which</source>
        <translation>تواريخ مثل %1 قد تكون يوم/شهر أو شهر/يوم: اختر أيهما</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>المُكتشف: %1</translation>
    </message>
    <message>
        <source>Detect from the column</source>
        <translation>اكتشافه من العمود</translation>
    </message>
    <message>
        <source>detected from the column&apos;s values</source>
        <translation>مُكتشف من قيم العمود</translation>
    </message>
    <message>
        <source>no date column</source>
        <translation>لا يوجد عمود تاريخ</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>لم يُكتشف أي تنسيق</translation>
    </message>
    <message>
        <source>chosen; it wins over what the columns look like</source>
        <translation>مُختار؛ ويتقدّم على ما تبدو عليه الأعمدة</translation>
    </message>
    <message>
        <source>none needed: the coordinates are longitude and latitude</source>
        <translation>غير لازم: الإحداثيات خطوط طول وعرض</translation>
    </message>
    <message>
        <source>needed: these x/y are not degrees; write their system</source>
        <translation>لازم: قيم x/y هذه ليست درجات؛ اكتب نظامها</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows of the file read:</source>
        <translation>
            <numerusform>قُرئت صفوف الملف الـ%Ln:</numerusform>
            <numerusform>قُرئ صف الملف الوحيد (%Ln):</numerusform>
            <numerusform>قُرئ صفّا الملف (%Ln):</numerusform>
            <numerusform>قُرئت صفوف الملف الـ%Ln كلها:</numerusform>
            <numerusform>قُرئت صفوف الملف الـ%Ln كلها:</numerusform>
            <numerusform>قُرئت صفوف الملف الـ%Ln كلها:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows read (the import counts the whole file):</source>
        <translation>
            <numerusform>أول %Ln صف مقروء (الاستيراد يعدّ الملف كله):</numerusform>
            <numerusform>أول صف مقروء (%Ln) (الاستيراد يعدّ الملف كله):</numerusform>
            <numerusform>أول صفّين مقروءين (%Ln) (الاستيراد يعدّ الملف كله):</numerusform>
            <numerusform>أول %Ln صفوف مقروءة (الاستيراد يعدّ الملف كله):</numerusform>
            <numerusform>أول %Ln صفًا مقروءًا (الاستيراد يعدّ الملف كله):</numerusform>
            <numerusform>أول %Ln صف مقروء (الاستيراد يعدّ الملف كله):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be imported</source>
        <translation>
            <numerusform>سيُستورد %Ln</numerusform>
            <numerusform>سيُستورد %Ln</numerusform>
            <numerusform>سيُستورد %Ln</numerusform>
            <numerusform>ستُستورد %Ln</numerusform>
            <numerusform>سيُستورد %Ln</numerusform>
            <numerusform>سيُستورد %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped without a usable location (lines %1)</source>
        <translation>
            <numerusform>تُخطّي %Ln بلا موقع صالح (الأسطر %1)</numerusform>
            <numerusform>تُخطّي %Ln بلا موقع صالح (السطر %1)</numerusform>
            <numerusform>تُخطّي %Ln بلا موقع صالح (السطران %1)</numerusform>
            <numerusform>تُخطّي %Ln بلا موقع صالح (الأسطر %1)</numerusform>
            <numerusform>تُخطّي %Ln بلا موقع صالح (الأسطر %1)</numerusform>
            <numerusform>تُخطّي %Ln بلا موقع صالح (الأسطر %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept without a date (theirs could not be read)</source>
        <translation>
            <numerusform>أُبقي %Ln بلا تاريخ (تعذّرت قراءة تاريخه)</numerusform>
            <numerusform>أُبقي %Ln بلا تاريخ (تعذّرت قراءة تاريخه)</numerusform>
            <numerusform>أُبقي %Ln بلا تاريخ (تعذّرت قراءة تاريخهما)</numerusform>
            <numerusform>أُبقيت %Ln بلا تاريخ (تعذّرت قراءة تواريخها)</numerusform>
            <numerusform>أُبقي %Ln بلا تاريخ (تعذّرت قراءة تواريخها)</numerusform>
            <numerusform>أُبقي %Ln بلا تاريخ (تعذّرت قراءة تواريخها)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a time of day</source>
        <translation>
            <numerusform>%Ln بوقت من اليوم</numerusform>
            <numerusform>%Ln بوقت من اليوم</numerusform>
            <numerusform>%Ln بوقت من اليوم</numerusform>
            <numerusform>%Ln بوقت من اليوم</numerusform>
            <numerusform>%Ln بوقت من اليوم</numerusform>
            <numerusform>%Ln بوقت من اليوم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>one count after another</comment>
        <translation>%1؛ %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the rows read: what happens to them</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <comment>a column&apos;s name, then its role</comment>
        <translation>%1
(%2)</translation>
    </message>
</context>
<context>
    <name>IncidentImporter</name>
    <message>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message numerus="yes">
        <source>Storing %Ln recorded incidents…</source>
        <translation>
            <numerusform>جارٍ تخزين %Ln حادثة مسجلة…</numerusform>
            <numerusform>جارٍ تخزين %Ln حادثة مسجلة…</numerusform>
            <numerusform>جارٍ تخزين %Ln حادثتين مسجلتين…</numerusform>
            <numerusform>جارٍ تخزين %Ln حوادث مسجلة…</numerusform>
            <numerusform>جارٍ تخزين %Ln حادثة مسجلة…</numerusform>
            <numerusform>جارٍ تخزين %Ln حادثة مسجلة…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln recorded incidents from %1</source>
        <translation>
            <numerusform>استيراد %Ln حادثة مسجلة من %1</numerusform>
            <numerusform>استيراد %Ln حادثة مسجلة من %1</numerusform>
            <numerusform>استيراد %Ln حادثتين مسجلتين من %1</numerusform>
            <numerusform>استيراد %Ln حوادث مسجلة من %1</numerusform>
            <numerusform>استيراد %Ln حادثة مسجلة من %1</numerusform>
            <numerusform>استيراد %Ln حادثة مسجلة من %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents stored</source>
        <translation>
            <numerusform>خُزّنت %Ln حادثة مسجلة</numerusform>
            <numerusform>خُزّنت %Ln حادثة مسجلة</numerusform>
            <numerusform>خُزّنت %Ln حادثتين مسجلتين</numerusform>
            <numerusform>خُزّنت %Ln حوادث مسجلة</numerusform>
            <numerusform>خُزّنت %Ln حادثة مسجلة</numerusform>
            <numerusform>خُزّنت %Ln حادثة مسجلة</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing recorded incidents from %1…</source>
        <translation>جارٍ استيراد الحوادث المسجلة من %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln recorded incidents (“%1”), shown apart from perceptions</source>
        <translation>
            <numerusform>استُورد %Ln حادثة مسجلة («%1»)، تُعرض منفصلة عن التصورات</numerusform>
            <numerusform>استُورد %Ln حادثة مسجلة («%1»)، تُعرض منفصلة عن التصورات</numerusform>
            <numerusform>استُورد %Ln حادثتين مسجلتين («%1»)، تُعرض منفصلة عن التصورات</numerusform>
            <numerusform>استُورد %Ln حوادث مسجلة («%1»)، تُعرض منفصلة عن التصورات</numerusform>
            <numerusform>استُورد %Ln حادثة مسجلة («%1»)، تُعرض منفصلة عن التصورات</numerusform>
            <numerusform>استُورد %Ln حادثة مسجلة («%1»)، تُعرض منفصلة عن التصورات</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Recorded Incidents</source>
        <translation>استيراد الحوادث المسجلة</translation>
    </message>
</context>
<context>
    <name>IncidentOptionsDialog</name>
    <message>
        <source>Import Recorded Incidents</source>
        <translation>استيراد الحوادث المسجلة</translation>
    </message>
    <message>
        <source>Required, e.g. Police records 2023</source>
        <translation>مطلوب، مثلاً: سجلات الشرطة 2023</translation>
    </message>
    <message>
        <source>Only for x/y columns, e.g. EPSG:32737</source>
        <translation>لأعمدة x/y فقط، مثلاً EPSG:32737</translation>
    </message>
    <message>
        <source>Found by name (category, type, offence…) when blank</source>
        <translation>يُعثر عليه بالاسم (category، type، offence…) عند تركه فارغاً</translation>
    </message>
    <message>
        <source>Found by name (date, occurred_on…) when blank</source>
        <translation>يُعثر عليه بالاسم (date، occurred_on…) عند تركه فارغاً</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>ال&amp;مصدر</translation>
    </message>
    <message>
        <source>&amp;CRS</source>
        <translation>نظام الإحداثيات ال&amp;مرجعي</translation>
    </message>
    <message>
        <source>Ca&amp;tegory column</source>
        <translation>عمود ال&amp;فئة</translation>
    </message>
    <message>
        <source>&amp;Date column</source>
        <translation>عمود ال&amp;تاريخ</translation>
    </message>
</context>
<context>
    <name>IncidentTimesView</name>
    <message>
        <source>Recorded incidents by time of day (imported data, not perceptions)</source>
        <translation>الحوادث المسجلة حسب وقت اليوم (بيانات مستوردة، لا إدراكات)</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>وقت اليوم</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <source>Recorded incidents</source>
        <translation>الحوادث المسجلة</translation>
    </message>
    <message>
        <source>People&apos;s mean safety score (0–5)</source>
        <translation>متوسط درجة السلامة لدى الناس (0–5)</translation>
    </message>
    <message>
        <source>Pins marked unsafe</source>
        <translation>الدبابيس الموسومة غير آمنة</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>clock hours, from–to</comment>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>Time unknown: %Ln recorded incidents have no time of day in their data; they are counted here, not put in a band.</source>
        <translation>
            <numerusform>وقت غير معروف: %Ln حادثة مسجلة بلا وقت في بياناتها؛ تُعدّ هنا ولا توضع في فترة.</numerusform>
            <numerusform>وقت غير معروف: %Ln حادثة مسجلة بلا وقت في بياناتها؛ تُعدّ هنا ولا توضع في فترة.</numerusform>
            <numerusform>وقت غير معروف: %Ln حادثتان مسجلتان بلا وقت في بياناتهما؛ تُعدّان هنا ولا توضعان في فترة.</numerusform>
            <numerusform>وقت غير معروف: %Ln حوادث مسجلة بلا وقت في بياناتها؛ تُعدّ هنا ولا توضع في فترة.</numerusform>
            <numerusform>وقت غير معروف: %Ln حادثة مسجلة بلا وقت في بياناتها؛ تُعدّ هنا ولا توضع في فترة.</numerusform>
            <numerusform>وقت غير معروف: %Ln حادثة مسجلة بلا وقت في بياناتها؛ تُعدّ هنا ولا توضع في فترة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every recorded incident here has its time of day.</source>
        <translation>لكل حادثة مسجلة هنا وقتها من اليوم.</translation>
    </message>
    <message>
        <source>Incidents are put in a band by their recorded clock time; walks and pins by what was recorded for them.</source>
        <translation>توضع الحوادث في فترة حسب ساعتها المسجلة؛ والجولات والدبابيس حسب ما سُجّل لها.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a count (its share)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>%1 has x/y columns but no coordinate reference system; say which one it uses (e.g. EPSG:32737)</source>
        <translation>يحتوي %1 على أعمدة x/y لكن دون نظام إحداثيات مرجعي؛ حدد النظام الذي يستخدمه (مثلاً EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 holds no incidents</source>
        <translation>لا يحتوي %1 على حوادث</translation>
    </message>
    <message>
        <source>%1 has no dates: column %2 is empty</source>
        <translation>لا يحتوي %1 على تواريخ: العمود %2 فارغ</translation>
    </message>
    <message>
        <source>%1: column %2 mixes day/month and month/day dates; write them as 2024-03-14</source>
        <translation>%1: العمود %2 يخلط بين تواريخ يوم/شهر وشهر/يوم؛ اكتبها بصيغة 2024-03-14</translation>
    </message>
    <message numerus="yes">
        <source>its date column %1 is blank in every row, so all %Ln incidents were kept without a date</source>
        <translation>
            <numerusform>عمود التاريخ %1 فارغ في كل الصفوف، لذا أُبقيت %Ln حادثة بلا تاريخ</numerusform>
            <numerusform>عمود التاريخ %1 فارغ في كل الصفوف، لذا أُبقيت حادثته الوحيدة (%Ln) بلا تاريخ</numerusform>
            <numerusform>عمود التاريخ %1 فارغ في كل الصفوف، لذا أُبقيت حادثتاه (%Ln) بلا تاريخ</numerusform>
            <numerusform>عمود التاريخ %1 فارغ في كل الصفوف، لذا أُبقيت حوادثه الـ%Ln جميعها بلا تاريخ</numerusform>
            <numerusform>عمود التاريخ %1 فارغ في كل الصفوف، لذا أُبقيت جميع حوادثه البالغة %Ln حادثةً بلا تاريخ</numerusform>
            <numerusform>عمود التاريخ %1 فارغ في كل الصفوف، لذا أُبقيت جميع حوادثه البالغة %Ln حادثة بلا تاريخ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file has no date column, so all %Ln incidents were kept without a date</source>
        <translation>
            <numerusform>لا يحتوي الملف على عمود تاريخ، لذا أُبقيت %Ln حادثة بلا تاريخ</numerusform>
            <numerusform>لا يحتوي الملف على عمود تاريخ، لذا أُبقيت حادثته الوحيدة (%Ln) بلا تاريخ</numerusform>
            <numerusform>لا يحتوي الملف على عمود تاريخ، لذا أُبقيت حادثتاه (%Ln) بلا تاريخ</numerusform>
            <numerusform>لا يحتوي الملف على عمود تاريخ، لذا أُبقيت حوادثه الـ%Ln جميعها بلا تاريخ</numerusform>
            <numerusform>لا يحتوي الملف على عمود تاريخ، لذا أُبقيت جميع حوادثه البالغة %Ln حادثةً بلا تاريخ</numerusform>
            <numerusform>لا يحتوي الملف على عمود تاريخ، لذا أُبقيت جميع حوادثه البالغة %Ln حادثة بلا تاريخ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %Ln rows without a location (lines %1)</source>
        <translation>
            <numerusform>تُخطّي %Ln صف بلا موقع (الأسطر %1)</numerusform>
            <numerusform>تُخطّي %Ln صف واحد بلا موقع (السطر %1)</numerusform>
            <numerusform>تُخطّي %Ln صفان بلا موقع (السطران %1)</numerusform>
            <numerusform>تُخطّي %Ln صفوف بلا موقع (الأسطر %1)</numerusform>
            <numerusform>تُخطّي %Ln صفًا بلا موقع (الأسطر %1)</numerusform>
            <numerusform>تُخطّي %Ln صف بلا موقع (الأسطر %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept %Ln rows without a date because theirs could not be read</source>
        <translation>
            <numerusform>أُبقي %Ln صف بلا تاريخ لأن تاريخه تعذّرت قراءته</numerusform>
            <numerusform>أُبقي %Ln صف واحد بلا تاريخ لأن تاريخه تعذّرت قراءته</numerusform>
            <numerusform>أُبقي %Ln صفان بلا تاريخ لأن تاريخيهما تعذّرت قراءتهما</numerusform>
            <numerusform>أُبقيت %Ln صفوف بلا تاريخ لأن تواريخها تعذّرت قراءتها</numerusform>
            <numerusform>أُبقي %Ln صفًا بلا تاريخ لأن تواريخها تعذّرت قراءتها</numerusform>
            <numerusform>أُبقي %Ln صف بلا تاريخ لأن تواريخها تعذّرت قراءتها</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>a summary and what was left out of it</comment>
        <translation>%1؛ %2</translation>
    </message>
    <message>
        <source>%1: no row has a usable location</source>
        <translation>%1: لا يوجد صف له موقع صالح</translation>
    </message>
    <message>
        <source>%1 has no column %2 (its columns: %3)</source>
        <translation>لا يحتوي %1 على العمود %2 (أعمدته: %3)</translation>
    </message>
    <message>
        <source>%1 has no coordinates: no longitude/latitude or x/y columns found; name the columns that hold them</source>
        <translation>لا يحتوي %1 على إحداثيات: لم يُعثر على أعمدة خط الطول/خط العرض أو x/y؛ سمِّ الأعمدة التي تحملها</translation>
    </message>
    <message>
        <source>%1: no row has a usable location: the values of %2 and %3 (such as %4, %5) lie outside longitude/latitude&apos;s range; if they are projected x/y, say which coordinate reference system they use (e.g. EPSG:32737)</source>
        <translation>%1: لا يوجد صف له موقع صالح: قيم %2 و%3 (مثل %4، %5) تقع خارج نطاق خطوط الطول/العرض؛ إن كانت x/y مُسقطة فحدد نظام الإحداثيات المرجعي الذي تستخدمه (مثلاً EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 cannot be read as a table of incidents</source>
        <translation>تتعذّر قراءة %1 كجدول حوادث</translation>
    </message>
    <message>
        <source>%1: unknown coordinate reference system %2 (write it as EPSG:32737, for example)</source>
        <translation>%1: نظام إحداثيات مرجعي غير معروف %2 (اكتبه مثلًا EPSG:32737)</translation>
    </message>
    <message>
        <source>%1: dates such as %2 in column %3 could be day/month or month/day; choose the date format (e.g. %4)</source>
        <translation>%1: تواريخ مثل %2 في العمود %3 قد تكون يوم/شهر أو شهر/يوم؛ اختر صيغة التاريخ (مثل %4)</translation>
    </message>
    <message>
        <source>%1: column %2 holds no date CoSafe can read (such as %3); choose the date format</source>
        <translation>%1: لا يحمل العمود %2 أي تاريخ يستطيع CoSafe قراءته (مثل %3)؛ اختر صيغة التاريخ</translation>
    </message>
    <message>
        <source>%1 has no column %2 (it has no columns)</source>
        <translation>لا يحتوي %1 على العمود %2 (لا أعمدة فيه)</translation>
    </message>
    <message>
        <source>%1 has no layer %2 (its layers: %3)</source>
        <translation>لا يحتوي %1 على الطبقة %2 (طبقاته: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln layers (%2); say which one holds the incidents</source>
        <translation>
            <numerusform>يحتوي %1 على %Ln طبقة (%2)؛ حدد أيها يحمل الحوادث</numerusform>
            <numerusform>يحتوي %1 على %Ln طبقة (%2)؛ حدد أيها يحمل الحوادث</numerusform>
            <numerusform>يحتوي %1 على %Ln طبقتين (%2)؛ حدد أيها يحمل الحوادث</numerusform>
            <numerusform>يحتوي %1 على %Ln طبقات (%2)؛ حدد أيها يحمل الحوادث</numerusform>
            <numerusform>يحتوي %1 على %Ln طبقة (%2)؛ حدد أيها يحمل الحوادث</numerusform>
            <numerusform>يحتوي %1 على %Ln طبقة (%2)؛ حدد أيها يحمل الحوادث</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>مختار</translation>
    </message>
    <message>
        <source>named like one</source>
        <translation>من اسمه</translation>
    </message>
    <message>
        <source>its values are degrees</source>
        <translation>قيمه درجات</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>لم يُختر شيء</translation>
    </message>
    <message>
        <source>year-month-day (2024-03-14)</source>
        <translation>سنة-شهر-يوم (2024-03-14)</translation>
    </message>
    <message>
        <source>month only (2022-12), stored as the month&apos;s first day</source>
        <translation>الشهر فقط (2022-12)، يُحفظ كأول يوم من الشهر</translation>
    </message>
    <message>
        <source>day.month.year (14.03.2024)</source>
        <translation>يوم.شهر.سنة (14.03.2024)</translation>
    </message>
    <message>
        <source>day/month/year (14/03/2024)</source>
        <translation>يوم/شهر/سنة (14/03/2024)</translation>
    </message>
    <message>
        <source>month/day/year (03/14/2024)</source>
        <translation>شهر/يوم/سنة (03/14/2024)</translation>
    </message>
    <message>
        <source>weekday month day time year (Thu Apr 01 15:30:00 UTC 2010)</source>
        <translation>يوم الأسبوع، الشهر، اليوم، الوقت، السنة (Thu Apr 01 15:30:00 UTC 2010)</translation>
    </message>
    <message>
        <source>written month (14 March 2024)</source>
        <translation>الشهر بالحروف (14 March 2024)</translation>
    </message>
    <message>
        <source>the chosen format %1</source>
        <translation>الصيغة المختارة %1</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>%1
Cancelling…</source>
        <translation>%1
جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Use CoSafe in %1 (from its next start)</source>
        <translation>استخدام CoSafe بـ%1 (من التشغيل التالي)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>CoSafe will speak %1 the next time it starts. Every change to the project is already saved. Restart now?</source>
        <translation>سيعمل CoSafe بـ%1 عند تشغيله التالي. كل تغييرات المشروع محفوظة بالفعل. إعادة التشغيل الآن؟</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>إعادة التشغيل الآن</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>CoSafe does not speak “%1”; choose one of: %2</source>
        <translation>لا يدعم CoSafe اللغة «%1»؛ اختر إحدى: %2</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Show layer “%1”</source>
        <translation>إظهار الطبقة «%1»</translation>
    </message>
    <message>
        <source>Hide layer “%1”</source>
        <translation>إخفاء الطبقة «%1»</translation>
    </message>
    <message>
        <source>Rename layer “%1” to “%2”</source>
        <translation>إعادة تسمية الطبقة «%1» إلى «%2»</translation>
    </message>
    <message>
        <source>Set opacity of “%1” to %2%</source>
        <translation>تعيين عتامة «%1» إلى %2%</translation>
    </message>
    <message>
        <source>Remove layer “%1”</source>
        <translation>إزالة الطبقة «%1»</translation>
    </message>
    <message>
        <source>Move layer “%1” up</source>
        <translation>نقل الطبقة «%1» لأعلى</translation>
    </message>
    <message>
        <source>Move layer “%1” down</source>
        <translation>نقل الطبقة «%1» لأسفل</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>متجهي</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>بلاطات</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tiles</source>
        <translation>
            <numerusform>%Ln بلاطة</numerusform>
            <numerusform>%Ln بلاطة</numerusform>
            <numerusform>%Ln بلاطتان</numerusform>
            <numerusform>%Ln بلاطات</numerusform>
            <numerusform>%Ln بلاطة</numerusform>
            <numerusform>%Ln بلاطة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayersExportDialog</name>
    <message>
        <source>Export Layers</source>
        <translation>تصدير الطبقات</translation>
    </message>
    <message>
        <source>&amp;GeoPackage (one file, opens in QGIS)</source>
        <translation>&amp;GeoPackage (ملف واحد، يُفتح في QGIS)</translation>
    </message>
    <message>
        <source>Geo&amp;JSON (a file per layer, tables as CSV)</source>
        <translation>Geo&amp;JSON (ملف لكل طبقة، والجداول بصيغة CSV)</translation>
    </message>
    <message>
        <source>&amp;Public version</source>
        <translation>النسخة ال&amp;عامة</translation>
    </message>
    <message>
        <source>Public: perception pins are moved to the centre of a %1 m grid square and stories, comments and notes are emptied, so the files can be shared openly.</source>
        <translation>عام: تُنقل دبابيس الإدراك إلى مركز مربع شبكة بطول %1 م وتُفرَّغ القصص والتعليقات والملاحظات، لتُشارَك الملفات علناً.</translation>
    </message>
    <message>
        <source>Untick for the project team: pins at their places, with their stories. Contacts are never exported.</source>
        <translation>ألغِ التحديد لفريق المشروع: الدبابيس في أماكنها، مع قصصها. لا تُصدَّر جهات الاتصال أبداً.</translation>
    </message>
    <message>
        <source>Choose a folder for the files</source>
        <translation>اختر مجلداً للملفات</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>ال&amp;مجلد</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Export Layers to Folder</source>
        <translation>تصدير الطبقات إلى مجلد</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <source>Basemap layers</source>
        <translation>طبقات خريطة الأساس</translation>
    </message>
    <message>
        <source>The map&apos;s layers, top to bottom; tick to show, drag to reorder</source>
        <translation>طبقات الخريطة من الأعلى إلى الأسفل؛ حدد للإظهار، واسحب لإعادة الترتيب</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>المعالم</translation>
    </message>
    <message>
        <source>No basemap yet. Import a street map (OpenStreetMap, GeoJSON, Shapefile…), MBTiles, or a photo of a paper map.</source>
        <translation>لا خريطة أساس بعد. استورد خريطة شوارع (OpenStreetMap، GeoJSON، Shapefile…) أو MBTiles أو صورة لخريطة ورقية.</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>العتامة</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move Up: draw the selected layer above the one over it</source>
        <translation>نقل لأعلى: رسم الطبقة المحددة فوق التي تعلوها</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Move Down: draw the selected layer below the one under it</source>
        <translation>نقل لأسفل: رسم الطبقة المحددة تحت التي تليها</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected layer (Undo brings it back)</source>
        <translation>إزالة الطبقة المحددة (التراجع يعيدها)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Import a map file, MBTiles or a photo of a paper map (Ctrl+I)</source>
        <translation>استيراد ملف خريطة أو MBTiles أو صورة لخريطة ورقية (Ctrl+I)</translation>
    </message>
    <message>
        <source>%1
from %2</source>
        <comment>a layer&apos;s name and the file it came from</comment>
        <translation>%1
من %2</translation>
    </message>
    <message>
        <source>Zoom to Layer</source>
        <translation>تكبير إلى الطبقة</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>opacity</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>إزالة الطبقة</translation>
    </message>
    <message>
        <source>Remove “%1” from the project? Undo (Ctrl+Z) brings it back until the project is closed.</source>
        <translation>إزالة «%1» من المشروع؟ التراجع (Ctrl+Z) يعيدها إلى أن يُغلق المشروع.</translation>
    </message>
</context>
<context>
    <name>LinkedPlacesField</name>
    <message>
        <source>Linked places</source>
        <translation>الأماكن المرتبطة</translation>
    </message>
    <message>
        <source>The proposals, pins and audit points this action answers; Delete removes the selected ones</source>
        <translation>المقترحات والدبابيس ونقاط التدقيق التي يستجيب لها هذا الإجراء؛ Delete يزيل المحدد منها</translation>
    </message>
    <message>
        <source>Pick on &amp;Map</source>
        <translation>اختيار على ال&amp;خريطة</translation>
    </message>
    <message>
        <source>Then click proposals, audit points or pins on the map to link them</source>
        <translation>ثم انقر على مقترحات أو نقاط تدقيق أو دبابيس على الخريطة لربطها</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>No places linked yet: press Pick on Map and click proposals, audit points or pins.</source>
        <translation>لا أماكن مرتبطة بعد: اضغط اختيار على الخريطة وانقر على مقترحات أو نقاط تدقيق أو دبابيس.</translation>
    </message>
    <message>
        <source>Pick on Map adds more; select a place and press Remove to unlink it.</source>
        <translation>اختيار على الخريطة يضيف المزيد؛ حدد مكاناً واضغط إزالة لفك ربطه.</translation>
    </message>
    <message>
        <source>That place is linked already</source>
        <translation>هذا المكان مرتبط بالفعل</translation>
    </message>
    <message>
        <source>Linked %1</source>
        <comment>%1: a place, e.g. Proposal: Lights on Soko St</comment>
        <translation>رُبط %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Project Overview</source>
        <translation>نظرة عامة على المشروع</translation>
    </message>
    <message>
        <source>Project opened</source>
        <translation>فُتح المشروع</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>سجل التراجع</translation>
    </message>
    <message>
        <source>Every change since the project was opened; click one to go back to it</source>
        <translation>كل تغيير منذ فتح المشروع؛ انقر على أحدها للعودة إليه</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>سجل التراجع</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>تعريف المعالم</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>لا مشاريع حديثة</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>مسح القائمة</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>حول %1</translation>
    </message>
    <message>
        <source>How CoSafe saves</source>
        <translation>كيف يحفظ CoSafe</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Basemap point features</source>
        <translation>معالم نقطية في خريطة الأساس</translation>
    </message>
    <message>
        <source>Basemap line features</source>
        <translation>معالم خطية في خريطة الأساس</translation>
    </message>
    <message>
        <source>Basemap polygon features</source>
        <translation>معالم مضلعة في خريطة الأساس</translation>
    </message>
    <message>
        <source>Polygon proposals</source>
        <translation>مقترحات مضلعة</translation>
    </message>
    <message>
        <source>Line proposals</source>
        <translation>مقترحات خطية</translation>
    </message>
    <message>
        <source>Point proposals</source>
        <translation>مقترحات نقطية</translation>
    </message>
    <message>
        <source>Basemap: project data</source>
        <translation>خريطة الأساس: بيانات المشروع</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>لا مشروع مفتوح</translation>
    </message>
    <message>
        <source>No basemap yet</source>
        <translation>لا خريطة أساس بعد</translation>
    </message>
    <message>
        <source>Image size must be 1 to %1 pixels a side, not %2x%3</source>
        <translation>يجب أن يكون حجم الصورة من 1 إلى %1 بكسل للضلع، وليس %2x%3</translation>
    </message>
    <message>
        <source>DPI must be between 10 and 2400, not %1</source>
        <translation>يجب أن تكون الدقة (DPI) بين 10 و2400، وليس %1</translation>
    </message>
    <message>
        <source>Nothing to draw: the project has no visible basemap layer and nothing to show in the chosen overlays</source>
        <translation>لا شيء للرسم: لا طبقة أساس ظاهرة في المشروع ولا شيء لعرضه في الطبقات المختارة</translation>
    </message>
    <message>
        <source>Nothing to draw: the project has no visible basemap layer</source>
        <translation>لا شيء للرسم: لا طبقة أساس ظاهرة في المشروع</translation>
    </message>
    <message>
        <source>Unknown map overlay %1; choose from %2</source>
        <translation>طبقة خريطة غير معروفة %1؛ اختر من %2</translation>
    </message>
    <message>
        <source>%1 km</source>
        <comment>a length on the scale bar</comment>
        <translation>%1 كم</translation>
    </message>
    <message>
        <source>%1 m</source>
        <comment>a length on the scale bar</comment>
        <translation>%1 م</translation>
    </message>
    <message>
        <source>N</source>
        <comment>north, on the north arrow</comment>
        <translation>ش</translation>
    </message>
</context>
<context>
    <name>MapAwayNote</name>
    <message>
        <source>The map is on the presentation screen.
Press F5 or Escape to bring it back here.</source>
        <translation>الخريطة على شاشة العرض.
اضغط F5 أو Escape لإعادتها إلى هنا.</translation>
    </message>
    <message>
        <source>End Presentation</source>
        <translation>إنهاء العرض</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>What Is &amp;Here?</source>
        <translation>ما ال&amp;موجود هنا؟</translation>
    </message>
</context>
<context>
    <name>MapExportDialog</name>
    <message>
        <source>Export Map Image</source>
        <translation>تصدير صورة الخريطة</translation>
    </message>
    <message>
        <source> px</source>
        <comment>after a number of pixels</comment>
        <translation> بكسل</translation>
    </message>
    <message>
        <source> DPI</source>
        <comment>after a number of dots per inch</comment>
        <translation> DPI</translation>
    </message>
    <message>
        <source>&amp;Current view</source>
        <translation>العرض ال&amp;حالي</translation>
    </message>
    <message>
        <source>&amp;Whole project</source>
        <translation>المشروع &amp;كاملاً</translation>
    </message>
    <message>
        <source>Choose where to save the image</source>
        <translation>اختر مكان حفظ الصورة</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>ال&amp;عرض:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>الا&amp;رتفاع:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>ال&amp;دقة:</translation>
    </message>
    <message>
        <source>Extent:</source>
        <translation>النطاق:</translation>
    </message>
    <message>
        <source>Draw:</source>
        <translation>الرسم:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>The heat map as the Perception Map panel sets it: source and radius</source>
        <translation>الخريطة الحرارية كما تضبطها لوحة خريطة الإدراك: المصدر ونصف القطر</translation>
    </message>
    <message>
        <source>Blur pin locations for &amp;public sharing, to a grid of</source>
        <translation>تمويه مواقع الدبابيس للمشاركة ال&amp;عامة، على شبكة من</translation>
    </message>
    <message>
        <source>Each pin (and the heat made from pins) is drawn at the centre of its grid square, so no one&apos;s exact spot can be read from the map</source>
        <translation>يُرسم كل دبوس (والحرارة الناتجة عن الدبابيس) في مركز مربع الشبكة الخاص به، فلا يمكن قراءة الموضع الدقيق لأي شخص من الخريطة</translation>
    </message>
    <message>
        <source> m</source>
        <comment>after a number of metres</comment>
        <translation> م</translation>
    </message>
    <message>
        <source>Blur grid size</source>
        <translation>حجم شبكة التمويه</translation>
    </message>
    <message>
        <source>The side of the grid squares pins are blurred to, in metres</source>
        <translation>طول ضلع مربعات الشبكة التي تُموَّه عليها الدبابيس، بالأمتار</translation>
    </message>
    <message>
        <source>Prints %1 × %2 cm at this resolution</source>
        <translation>يُطبع بحجم %1 × %2 سم بهذه الدقة</translation>
    </message>
    <message>
        <source>map</source>
        <comment>a file name</comment>
        <translation>خريطة</translation>
    </message>
    <message>
        <source>PNG images (%1)</source>
        <translation>صور PNG (%1)</translation>
    </message>
    <message>
        <source>Map not exported</source>
        <translation>لم تُصدَّر الخريطة</translation>
    </message>
    <message>
        <source>%1 could not be written (check that the folder exists and that you may write to it)</source>
        <translation>تعذّرت كتابة %1 (تحقق من وجود المجلد ومن أن لديك إذن الكتابة فيه)</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Toolbar: Open, Export, Undo, Zoom</source>
        <translation>شريط الأدوات: فتح، تصدير، تراجع، تكبير</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a command and its key</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;High-Contrast Map</source>
        <translation>خريطة &amp;عالية التباين</translation>
    </message>
    <message>
        <source>Black ink on white for bright rooms and weak projectors: only the groups are in colour</source>
        <translation>حبر أسود على أبيض للقاعات المضيئة وأجهزة العرض الضعيفة: المجموعات وحدها ملوّنة</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;ملء الشاشة</translation>
    </message>
    <message>
        <source>The window fills the screen</source>
        <translation>تملأ النافذة الشاشة</translation>
    </message>
    <message>
        <source>Presentation &amp;Mode</source>
        <translation>&amp;وضع العرض</translation>
    </message>
    <message>
        <source>The map for the room: full screen on the projector, large text, only the tools the room uses</source>
        <translation>الخريطة للقاعة: ملء الشاشة على جهاز العرض، ونص كبير، والأدوات التي تستخدمها القاعة فقط</translation>
    </message>
    <message>
        <source>Leave Full Screen or Presentation</source>
        <translation>الخروج من ملء الشاشة أو العرض</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a text size</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;المشاريع الأخيرة</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>إنشاء ملف مشروع فارغ</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <source>Open a CoSafe project file</source>
        <translation>فتح ملف مشروع CoSafe</translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation>فتح مشروع &amp;نموذجي</translation>
    </message>
    <message>
        <source>Open a fresh copy of the sample project to explore CoSafe</source>
        <translation>فتح نسخة جديدة من المشروع النموذجي لاستكشاف CoSafe</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <source>Write a copy of the project to another file and continue there</source>
        <translation>كتابة نسخة من المشروع في ملف آخر ومتابعة العمل فيه</translation>
    </message>
    <message>
        <source>Remove &amp;Traces of Deleted Records…</source>
        <translation>إزالة &amp;آثار السجلات المحذوفة…</translation>
    </message>
    <message>
        <source>Rewrite the project file so nothing deleted records held can be recovered</source>
        <translation>إعادة كتابة ملف المشروع بحيث لا يمكن استعادة أي شيء مما كانت تحمله السجلات المحذوفة</translation>
    </message>
    <message>
        <source>E&amp;xport Map Image…</source>
        <translation>&amp;تصدير صورة الخريطة…</translation>
    </message>
    <message>
        <source>Save the map as a PNG image for slides, posters and reports</source>
        <translation>حفظ الخريطة صورةً بصيغة PNG للشرائح والملصقات والتقارير</translation>
    </message>
    <message>
        <source>Zoom to &amp;Project</source>
        <translation>تكبير إلى &amp;المشروع</translation>
    </message>
    <message>
        <source>Show the workshop area: the proposals, pins, walks and the project area set</source>
        <translation>عرض منطقة الورشة: المقترحات والدبابيس والجولات ومنطقة المشروع المحددة</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>إ&amp;غلاق المشروع</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Project &amp;Properties…</source>
        <translation>&amp;خصائص المشروع…</translation>
    </message>
    <message>
        <source>Name, place, description, privacy threshold, currency and report language</source>
        <translation>الاسم والمكان والوصف وعتبة الخصوصية والعملة ولغة التقارير</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>إعادة &amp;ضبط التخطيط</translation>
    </message>
    <message>
        <source>Put the panels back where they started</source>
        <translation>إعادة اللوحات إلى أماكنها الأولى</translation>
    </message>
    <message>
        <source>Ne&amp;xt Panel</source>
        <translation>اللوحة ال&amp;تالية</translation>
    </message>
    <message>
        <source>Move the keyboard to the next panel: the map, the workshop bar, each open panel</source>
        <translation>نقل لوحة المفاتيح إلى اللوحة التالية: الخريطة، شريط الورشة، كل لوحة مفتوحة</translation>
    </message>
    <message>
        <source>Previous Panel</source>
        <translation>اللوحة السابقة</translation>
    </message>
    <message>
        <source>Move the keyboard to the panel before</source>
        <translation>نقل لوحة المفاتيح إلى اللوحة السابقة</translation>
    </message>
    <message>
        <source>&amp;About CoSafe</source>
        <translation>&amp;حول CoSafe</translation>
    </message>
    <message>
        <source>How CoSafe &amp;Saves</source>
        <translation>كيف &amp;يحفظ CoSafe</translation>
    </message>
    <message>
        <source>&amp;Workshop Guide</source>
        <translation>&amp;دليل الورشة</translation>
    </message>
    <message>
        <source>Preparing a workshop, running it and what comes after, illustrated (offline)</source>
        <translation>إعداد الورشة وإدارتها وما يأتي بعدها، مع رسوم توضيحية (دون اتصال)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Every key CoSafe answers to, by menu</source>
        <translation>كل مفتاح يستجيب له CoSafe، حسب القائمة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Presentation &amp;Text Size</source>
        <translation>&amp;حجم نص العرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Show or hide the toolbar with Open Project, Export Map Image, Undo, Redo and Zoom to Project</source>
        <translation>إظهار أو إخفاء شريط الأدوات الذي يضم فتح مشروع وتصدير صورة الخريطة وتراجع وإعادة وتكبير إلى المشروع</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Backing up the project…</source>
        <translation>جارٍ نسخ المشروع احتياطياً…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>%Ln جهتا اتصال</numerusform>
            <numerusform>%Ln جهات اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
            <numerusform>%Ln جهة اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pin stories</source>
        <translation>
            <numerusform>%Ln قصة دبوس</numerusform>
            <numerusform>%Ln قصة دبوس</numerusform>
            <numerusform>%Ln قصتا دبوس</numerusform>
            <numerusform>%Ln قصص دبابيس</numerusform>
            <numerusform>%Ln قصة دبوس</numerusform>
            <numerusform>%Ln قصة دبوس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comments and notes</source>
        <translation>
            <numerusform>%Ln تعليق أو ملاحظة</numerusform>
            <numerusform>%Ln تعليق أو ملاحظة</numerusform>
            <numerusform>%Ln تعليقان أو ملاحظتان</numerusform>
            <numerusform>%Ln تعليقات وملاحظات</numerusform>
            <numerusform>%Ln تعليق أو ملاحظة</numerusform>
            <numerusform>%Ln تعليق أو ملاحظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln facilitators&apos; names</source>
        <translation>
            <numerusform>%Ln اسم ميسّر</numerusform>
            <numerusform>%Ln اسم ميسّر</numerusform>
            <numerusform>%Ln اسما ميسّرَين</numerusform>
            <numerusform>%Ln أسماء ميسّرين</numerusform>
            <numerusform>%Ln اسم ميسّر</numerusform>
            <numerusform>%Ln اسم ميسّر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos</source>
        <translation>
            <numerusform>%Ln صورة</numerusform>
            <numerusform>%Ln صورة</numerusform>
            <numerusform>%Ln صورتان</numerusform>
            <numerusform>%Ln صور</numerusform>
            <numerusform>%Ln صورة</numerusform>
            <numerusform>%Ln صورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants outside %1</source>
        <translation>
            <numerusform>%Ln مشارك خارج %1</numerusform>
            <numerusform>%Ln مشارك خارج %1</numerusform>
            <numerusform>%Ln مشاركان خارج %1</numerusform>
            <numerusform>%Ln مشاركين خارج %1</numerusform>
            <numerusform>%Ln مشارك خارج %1</numerusform>
            <numerusform>%Ln مشارك خارج %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln مشارك</numerusform>
            <numerusform>%Ln مشارك</numerusform>
            <numerusform>%Ln مشاركان</numerusform>
            <numerusform>%Ln مشاركين</numerusform>
            <numerusform>%Ln مشارك</numerusform>
            <numerusform>%Ln مشارك</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list: “2 contacts, 1 photo and 3 participants”</comment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Left out, and kept only in this project: %1.</source>
        <translation>مستبعد، ومحفوظ في هذا المشروع فقط: %1.</translation>
    </message>
    <message>
        <source>Left out: nothing, since the project holds no contact, story, comment, note, name or photo.</source>
        <translation>المستبعد: لا شيء، لأن المشروع لا يحتوي على أي جهة اتصال أو قصة أو تعليق أو ملاحظة أو اسم أو صورة.</translation>
    </message>
    <message>
        <source>Left out: nothing, since the project holds no contact, story, comment, note, name or photo and no participant outside %1.</source>
        <translation>المستبعد: لا شيء، لأن المشروع لا يحتوي على أي جهة اتصال أو قصة أو تعليق أو ملاحظة أو اسم أو صورة ولا مشارك خارج %1.</translation>
    </message>
    <message>
        <source>Left out: nothing, since the project holds no contact, story, comment, note, name or photo and no participant.</source>
        <translation>المستبعد: لا شيء، لأن المشروع لا يحتوي على أي جهة اتصال أو قصة أو تعليق أو ملاحظة أو اسم أو صورة ولا أي مشارك.</translation>
    </message>
    <message>
        <source>The copy holds who took part in every group: each participant&apos;s code, gender, age band and role (never a contact). Anyone who finds the stick can read them.</source>
        <translation>تحتوي النسخة على من شارك في كل مجموعة: رمز كل مشارك وجنسه وفئته العمرية ودوره (دون أي جهة اتصال). يستطيع أي شخص يجد الذاكرة قراءتها.</translation>
    </message>
    <message>
        <source>Several workshops have a group called “%1”; name it with its workshop, such as “%2”</source>
        <translation>في عدة ورش مجموعة باسم «%1»؛ سمّها مع ورشتها، مثل «%2»</translation>
    </message>
    <message>
        <source>No group is called “%1”; the project has no groups</source>
        <translation>لا توجد مجموعة باسم «%1»؛ لا مجموعات في المشروع</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a group&apos;s name quoted</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>No group is called “%1”; the groups are %2</source>
        <translation>لا توجد مجموعة باسم «%1»؛ المجموعات هي %2</translation>
    </message>
    <message>
        <source>Give the field copy a name, such as “Field team 2”</source>
        <translation>أعطِ النسخة الميدانية اسماً، مثل «الفريق الميداني 2»</translation>
    </message>
    <message>
        <source>Choose a different file name for the field copy</source>
        <translation>اختر اسم ملف مختلفاً للنسخة الميدانية</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the field copy</source>
        <translation>%1 موجود بالفعل؛ اختر اسماً آخر للنسخة الميدانية</translation>
    </message>
    <message>
        <source>The project is read-only (%1); a field copy needs to write to it</source>
        <translation>المشروع للقراءة فقط (%1)؛ تحتاج النسخة الميدانية إلى الكتابة فيه</translation>
    </message>
    <message>
        <source>The team&apos;s group is no longer in the project; choose another</source>
        <translation>لم تعد مجموعة الفريق موجودة في المشروع؛ اختر غيرها</translation>
    </message>
    <message>
        <source>The field copy was not written: cannot write in %1: %2</source>
        <translation>لم تُكتب النسخة الميدانية: تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>The field copy was not written: %1</source>
        <translation>لم تُكتب النسخة الميدانية: %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>جارٍ قراءة %1</translation>
    </message>
    <message>
        <source>Merging %1</source>
        <translation>جارٍ دمج %1</translation>
    </message>
    <message>
        <source>%1 is damaged: a geometry in it cannot be read</source>
        <translation>%1 تالف: تعذّرت قراءة هندسة فيه</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>جارٍ الحفظ</translation>
    </message>
    <message>
        <source>%1 holds a record this project cannot take (%2)</source>
        <translation>يحتوي %1 على سجل لا يستطيع هذا المشروع قبوله (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: its records cannot be read (%2)</source>
        <translation>%1 تالف: تعذّرت قراءة سجلاته (%2)</translation>
    </message>
    <message>
        <source>The merge was cancelled; nothing was changed</source>
        <translation>أُلغي الدمج؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>%1 is the project you are merging into; choose another file</source>
        <translation>%1 هو المشروع الذي تدمج فيه؛ اختر ملفاً آخر</translation>
    </message>
    <message>
        <source>laptop of %1</source>
        <comment>a laptop never named, called after a file merged from it</comment>
        <translation>حاسوب %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a file and the laptop it came from: “field2.gpkg (Field team 2)”</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 skipped, %5 in conflict</source>
        <translation>%1: أُضيف %2، وحُدّث %3، وتُخطّي %4، و%5 في تعارض</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>هذا المشروع</translation>
    </message>
    <message>
        <source>%1 is a field copy, so it leaves out of %2 what a field copy may not hold: here, nothing.</source>
        <translation>%1 نسخة ميدانية، لذا تستبعد من %2 ما لا يجوز أن تحمله النسخة الميدانية: هنا، لا شيء.</translation>
    </message>
    <message>
        <source>%1 is a field copy, so it leaves out of %2 what a field copy may not hold: %3.</source>
        <translation>%1 نسخة ميدانية، لذا تستبعد من %2 ما لا يجوز أن تحمله النسخة الميدانية: %3.</translation>
    </message>
    <message>
        <source>No conflict on that %1 is waiting to be resolved</source>
        <comment>%1 is a kind of record</comment>
        <translation>لا تعارض بشأن %1 هذا ينتظر الحل</translation>
    </message>
    <message>
        <source>Two %1 cannot share a key; keep mine or theirs</source>
        <comment>%1 is a kind of record, in lower case: “reason tags”</comment>
        <translation>لا يمكن لاثنين من %1 مشاركة مفتاح؛ احتفظ بنسختي أو بنسختهم</translation>
    </message>
    <message>
        <source>Keep my %1 “%2”</source>
        <translation>الاحتفاظ بنسختي من %1 «%2»</translation>
    </message>
    <message>
        <source>Keep their %1 “%2”</source>
        <translation>الاحتفاظ بنسختهم من %1 «%2»</translation>
    </message>
    <message>
        <source>Keep both versions of %1 “%2”</source>
        <translation>الاحتفاظ بكلتا نسختي %1 «%2»</translation>
    </message>
    <message>
        <source>Keep my %1</source>
        <translation>الاحتفاظ بنسختي من %1</translation>
    </message>
    <message>
        <source>Keep their %1</source>
        <translation>الاحتفاظ بنسختهم من %1</translation>
    </message>
    <message>
        <source>Keep both versions of %1</source>
        <translation>الاحتفاظ بكلتا نسختي %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing was merged</source>
        <comment>a file, then what is wrong in it</comment>
        <translation>%1: %2؛ لم يُدمج شيء</translation>
    </message>
    <message>
        <source>%1 is damaged: the list of what its field copy left out cannot be read</source>
        <translation>%1 تالف: تعذّرت قراءة قائمة ما استبعدته نسخته الميدانية</translation>
    </message>
</context>
<context>
    <name>MergeConflicts</name>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>الإسناد</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>استناداً إلى</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>التسمية التوضيحية</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>أُعطيت الموافقة</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>التكلفة التقديرية</translation>
    </message>
    <message>
        <source>CPTED principle</source>
        <translation>مبدأ CPTED</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>مجموعة المعايير</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Photo or file</source>
        <translation>صورة أو ملف</translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>جدول البيانات</translation>
    </message>
    <message>
        <source>Day or night</source>
        <translation>نهار أو ليل</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>أُنشئ على</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>الميسّر</translation>
    </message>
    <message>
        <source>Feature count</source>
        <translation>عدد المعالم</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>الشعور</translation>
    </message>
    <message>
        <source>Translated field</source>
        <translation>الحقل المترجم</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Location and shape</source>
        <translation>الموقع والشكل</translation>
    </message>
    <message>
        <source>What good means</source>
        <translation>معنى «جيد»</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>عُقدت في</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>التأثير</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>الاهتمام</translation>
    </message>
    <message>
        <source>Intervention type</source>
        <translation>نوع التدخل</translation>
    </message>
    <message>
        <source>Is active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Outcome criterion</source>
        <translation>معيار النتيجة</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>نوع الملف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Time it occurred</source>
        <translation>وقت وقوعه</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>وقعت في</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>العتامة</translation>
    </message>
    <message>
        <source>Belongs to (kind)</source>
        <translation>يتبع (النوع)</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>يتبع</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>النقطة</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Prevention approach</source>
        <translation>نهج الوقاية</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Priority from votes</source>
        <translation>الأولوية من الأصوات</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>ترجمة لـ</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>موقوف</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>التسلسل</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Source format</source>
        <translation>صيغة المصدر</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>اسم المصدر</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>صاحب المصلحة</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>يبدأ في</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>القصة</translation>
    </message>
    <message>
        <source>Story approval</source>
        <translation>الموافقة على القصة</translation>
    </message>
    <message>
        <source>Style class</source>
        <translation>فئة النمط</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>الجدول الهدف</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>وقت اليوم</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>الإطار الزمني</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>ظاهر</translation>
    </message>
    <message>
        <source>Votes per participant</source>
        <translation>الأصوات لكل مشارك</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>Walked on</source>
        <translation>تاريخ الجولة</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <source>(deleted on this laptop)</source>
        <translation>(محذوف على هذا الحاسوب)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <comment>a date and time</comment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 كيلوبايت</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the labels of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>(not in this project)</source>
        <translation>(ليس في هذا المشروع)</translation>
    </message>
    <message>
        <source>Point %1</source>
        <comment>an audit point by its number</comment>
        <translation>النقطة %1</translation>
    </message>
    <message>
        <source>Untitled %1</source>
        <comment>%1: a kind of record</comment>
        <translation>%1 بلا عنوان</translation>
    </message>
    <message>
        <source>A shape with no points</source>
        <translation>شكل بلا نقاط</translation>
    </message>
    <message>
        <source>Point at %1, %2</source>
        <comment>longitude, latitude</comment>
        <translation>نقطة عند %1، %2</translation>
    </message>
    <message numerus="yes">
        <source>Line of %Ln points around %1, %2</source>
        <translation>
            <numerusform>خط من %Ln نقطة حول %1، %2</numerusform>
            <numerusform>خط من %Ln نقطة حول %1، %2</numerusform>
            <numerusform>خط من %Ln نقطتين حول %1، %2</numerusform>
            <numerusform>خط من %Ln نقاط حول %1، %2</numerusform>
            <numerusform>خط من %Ln نقطة حول %1، %2</numerusform>
            <numerusform>خط من %Ln نقطة حول %1، %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Area of %Ln points around %1, %2</source>
        <translation>
            <numerusform>مساحة من %Ln نقطة حول %1، %2</numerusform>
            <numerusform>مساحة من %Ln نقطة حول %1، %2</numerusform>
            <numerusform>مساحة من %Ln نقطتين حول %1، %2</numerusform>
            <numerusform>مساحة من %Ln نقاط حول %1، %2</numerusform>
            <numerusform>مساحة من %Ln نقطة حول %1، %2</numerusform>
            <numerusform>مساحة من %Ln نقطة حول %1، %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Areas of %Ln points around %1, %2</source>
        <translation>
            <numerusform>مساحات من %Ln نقطة حول %1، %2</numerusform>
            <numerusform>مساحات من %Ln نقطة حول %1، %2</numerusform>
            <numerusform>مساحات من %Ln نقطتين حول %1، %2</numerusform>
            <numerusform>مساحات من %Ln نقاط حول %1، %2</numerusform>
            <numerusform>مساحات من %Ln نقطة حول %1، %2</numerusform>
            <numerusform>مساحات من %Ln نقطة حول %1، %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines of %Ln points around %1, %2</source>
        <translation>
            <numerusform>خطوط من %Ln نقطة حول %1، %2</numerusform>
            <numerusform>خطوط من %Ln نقطة حول %1، %2</numerusform>
            <numerusform>خطوط من %Ln نقطتين حول %1، %2</numerusform>
            <numerusform>خطوط من %Ln نقاط حول %1، %2</numerusform>
            <numerusform>خطوط من %Ln نقطة حول %1، %2</numerusform>
            <numerusform>خطوط من %Ln نقطة حول %1، %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln points around %2, %3</source>
        <comment>%1: a kind of shape</comment>
        <translation>
            <numerusform>%1 من %Ln نقطة حول %2، %3</numerusform>
            <numerusform>%1 من %Ln نقطة حول %2، %3</numerusform>
            <numerusform>%1 من %Ln نقطتين حول %2، %3</numerusform>
            <numerusform>%1 من %Ln نقاط حول %2، %3</numerusform>
            <numerusform>%1 من %Ln نقطة حول %2، %3</numerusform>
            <numerusform>%1 من %Ln نقطة حول %2، %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <comment>%1: a kind of record, %2: its name</comment>
        <translation>%1 «%2»</translation>
    </message>
</context>
<context>
    <name>MergeFeature</name>
    <message>
        <source>Merge Conflicts</source>
        <translation>تعارضات الدمج</translation>
    </message>
    <message>
        <source>&amp;Merge Projects…</source>
        <translation>&amp;دمج المشاريع…</translation>
    </message>
    <message>
        <source>Bring in the records of project files from other laptops</source>
        <translation>جلب سجلات ملفات المشاريع من حواسيب أخرى</translation>
    </message>
    <message>
        <source>Resolve Merge Con&amp;flicts…</source>
        <translation>حل &amp;تعارضات الدمج…</translation>
    </message>
    <message>
        <source>Compare records changed on two laptops and choose which to keep</source>
        <translation>مقارنة السجلات التي تغيرت على حاسوبين واختيار ما يُحتفظ به</translation>
    </message>
    <message>
        <source>&amp;Hand Out Field Copy…</source>
        <translation>&amp;تسليم نسخة ميدانية…</translation>
    </message>
    <message>
        <source>Write a copy of the project for a field team&apos;s laptop</source>
        <translation>كتابة نسخة من المشروع لحاسوب فريق ميداني</translation>
    </message>
    <message>
        <source>Merge Histor&amp;y…</source>
        <translation>&amp;سجل الدمج…</translation>
    </message>
    <message>
        <source>Which files were merged into this project, and when</source>
        <translation>الملفات التي دُمجت في هذا المشروع، ومتى</translation>
    </message>
    <message>
        <source>Merge Conflicts (%1)</source>
        <translation>تعارضات الدمج (%1)</translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message>
        <source>, </source>
        <comment>between file names</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <comment>%1: file names</comment>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>Merge cancelled; nothing was changed</source>
        <translation>أُلغي الدمج؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>Nothing was merged</source>
        <translation>لم يُدمج شيء</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <comment>%1: file names</comment>
        <translation>جارٍ دمج %1…</translation>
    </message>
    <message>
        <source>The merge did not happen</source>
        <translation>لم يحدث الدمج</translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 updated, %4 in conflict. Backup: %5</source>
        <translation>دُمج %1: أُضيف %2، وحُدّث %3، و%4 في تعارض. النسخة الاحتياطية: %5</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>مُضاف</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>محدَّث</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>متخطّى</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>في تعارض</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Merge History</source>
        <translation>سجل الدمج</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files merged into “%1”&lt;/b&gt;, newest first</source>
        <translation>&lt;b&gt;الملفات المدمجة في «%1»&lt;/b&gt;، الأحدث أولاً</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files merged into this project&lt;/b&gt;, newest first</source>
        <translation>&lt;b&gt;الملفات المدمجة في هذا المشروع&lt;/b&gt;، الأحدث أولاً</translation>
    </message>
    <message>
        <source>No files have been merged into this project yet.</source>
        <translation>لم يُدمج أي ملف في هذا المشروع بعد.</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <source>Merge Projects</source>
        <translation>دمج المشاريع</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workshops</source>
        <translation>
            <numerusform>%Ln ورشة</numerusform>
            <numerusform>%Ln ورشة</numerusform>
            <numerusform>%Ln ورشتان</numerusform>
            <numerusform>%Ln ورش</numerusform>
            <numerusform>%Ln ورشة</numerusform>
            <numerusform>%Ln ورشة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln مجموعة</numerusform>
            <numerusform>%Ln مجموعة</numerusform>
            <numerusform>%Ln مجموعتان</numerusform>
            <numerusform>%Ln مجموعات</numerusform>
            <numerusform>%Ln مجموعة</numerusform>
            <numerusform>%Ln مجموعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln مشارك</numerusform>
            <numerusform>%Ln مشارك</numerusform>
            <numerusform>%Ln مشاركان</numerusform>
            <numerusform>%Ln مشاركين</numerusform>
            <numerusform>%Ln مشارك</numerusform>
            <numerusform>%Ln مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln basemap layers</source>
        <translation>
            <numerusform>%Ln طبقة أساس</numerusform>
            <numerusform>%Ln طبقة أساس</numerusform>
            <numerusform>%Ln طبقتا أساس</numerusform>
            <numerusform>%Ln طبقات أساس</numerusform>
            <numerusform>%Ln طبقة أساس</numerusform>
            <numerusform>%Ln طبقة أساس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals</source>
        <translation>
            <numerusform>%Ln مقترح</numerusform>
            <numerusform>%Ln مقترح</numerusform>
            <numerusform>%Ln مقترحان</numerusform>
            <numerusform>%Ln مقترحات</numerusform>
            <numerusform>%Ln مقترح</numerusform>
            <numerusform>%Ln مقترح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln criteria sets</source>
        <translation>
            <numerusform>%Ln مجموعة معايير</numerusform>
            <numerusform>%Ln مجموعة معايير</numerusform>
            <numerusform>%Ln مجموعتا معايير</numerusform>
            <numerusform>%Ln مجموعات معايير</numerusform>
            <numerusform>%Ln مجموعة معايير</numerusform>
            <numerusform>%Ln مجموعة معايير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln criteria</source>
        <translation>
            <numerusform>%Ln معيار</numerusform>
            <numerusform>%Ln معيار</numerusform>
            <numerusform>%Ln معياران</numerusform>
            <numerusform>%Ln معايير</numerusform>
            <numerusform>%Ln معيار</numerusform>
            <numerusform>%Ln معيار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit walks</source>
        <translation>
            <numerusform>%Ln جولة تدقيق</numerusform>
            <numerusform>%Ln جولة تدقيق</numerusform>
            <numerusform>%Ln جولتا تدقيق</numerusform>
            <numerusform>%Ln جولات تدقيق</numerusform>
            <numerusform>%Ln جولة تدقيق</numerusform>
            <numerusform>%Ln جولة تدقيق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln walk participants</source>
        <translation>
            <numerusform>%Ln مشارك في جولة</numerusform>
            <numerusform>%Ln مشارك في جولة</numerusform>
            <numerusform>%Ln مشاركان في جولة</numerusform>
            <numerusform>%Ln مشاركين في جولات</numerusform>
            <numerusform>%Ln مشارك في جولة</numerusform>
            <numerusform>%Ln مشارك في جولة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit points</source>
        <translation>
            <numerusform>%Ln نقطة تدقيق</numerusform>
            <numerusform>%Ln نقطة تدقيق</numerusform>
            <numerusform>%Ln نقطتا تدقيق</numerusform>
            <numerusform>%Ln نقاط تدقيق</numerusform>
            <numerusform>%Ln نقطة تدقيق</numerusform>
            <numerusform>%Ln نقطة تدقيق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit scores</source>
        <translation>
            <numerusform>%Ln درجة تدقيق</numerusform>
            <numerusform>%Ln درجة تدقيق</numerusform>
            <numerusform>%Ln درجتا تدقيق</numerusform>
            <numerusform>%Ln درجات تدقيق</numerusform>
            <numerusform>%Ln درجة تدقيق</numerusform>
            <numerusform>%Ln درجة تدقيق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checklist answers</source>
        <translation>
            <numerusform>%Ln إجابة قائمة تحقق</numerusform>
            <numerusform>%Ln إجابة قائمة تحقق</numerusform>
            <numerusform>%Ln إجابتا قائمة تحقق</numerusform>
            <numerusform>%Ln إجابات قائمة تحقق</numerusform>
            <numerusform>%Ln إجابة قائمة تحقق</numerusform>
            <numerusform>%Ln إجابة قائمة تحقق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reason tags</source>
        <translation>
            <numerusform>%Ln وسم سبب</numerusform>
            <numerusform>%Ln وسم سبب</numerusform>
            <numerusform>%Ln وسما سبب</numerusform>
            <numerusform>%Ln وسوم أسباب</numerusform>
            <numerusform>%Ln وسم سبب</numerusform>
            <numerusform>%Ln وسم سبب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln perception pins</source>
        <translation>
            <numerusform>%Ln دبوس إدراك</numerusform>
            <numerusform>%Ln دبوس إدراك</numerusform>
            <numerusform>%Ln دبوسا إدراك</numerusform>
            <numerusform>%Ln دبابيس إدراك</numerusform>
            <numerusform>%Ln دبوس إدراك</numerusform>
            <numerusform>%Ln دبوس إدراك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents</source>
        <translation>
            <numerusform>%Ln حادثة مسجلة</numerusform>
            <numerusform>%Ln حادثة مسجلة</numerusform>
            <numerusform>%Ln حادثتان مسجلتان</numerusform>
            <numerusform>%Ln حوادث مسجلة</numerusform>
            <numerusform>%Ln حادثة مسجلة</numerusform>
            <numerusform>%Ln حادثة مسجلة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln صاحب مصلحة</numerusform>
            <numerusform>%Ln صاحب مصلحة</numerusform>
            <numerusform>%Ln صاحبا مصلحة</numerusform>
            <numerusform>%Ln أصحاب مصلحة</numerusform>
            <numerusform>%Ln صاحب مصلحة</numerusform>
            <numerusform>%Ln صاحب مصلحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions</source>
        <translation>
            <numerusform>%Ln إجراء</numerusform>
            <numerusform>%Ln إجراء</numerusform>
            <numerusform>%Ln إجراءان</numerusform>
            <numerusform>%Ln إجراءات</numerusform>
            <numerusform>%Ln إجراء</numerusform>
            <numerusform>%Ln إجراء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action partners</source>
        <translation>
            <numerusform>%Ln شريك إجراء</numerusform>
            <numerusform>%Ln شريك إجراء</numerusform>
            <numerusform>%Ln شريكا إجراء</numerusform>
            <numerusform>%Ln شركاء إجراءات</numerusform>
            <numerusform>%Ln شريك إجراء</numerusform>
            <numerusform>%Ln شريك إجراء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action links</source>
        <translation>
            <numerusform>%Ln رابط إجراء</numerusform>
            <numerusform>%Ln رابط إجراء</numerusform>
            <numerusform>%Ln رابطا إجراء</numerusform>
            <numerusform>%Ln روابط إجراءات</numerusform>
            <numerusform>%Ln رابط إجراء</numerusform>
            <numerusform>%Ln رابط إجراء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln votes</source>
        <translation>
            <numerusform>%Ln صوت</numerusform>
            <numerusform>%Ln صوت</numerusform>
            <numerusform>%Ln صوتان</numerusform>
            <numerusform>%Ln أصوات</numerusform>
            <numerusform>%Ln صوت</numerusform>
            <numerusform>%Ln صوت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos and files</source>
        <translation>
            <numerusform>%Ln صورة أو ملف</numerusform>
            <numerusform>%Ln صورة أو ملف</numerusform>
            <numerusform>%Ln صورتان أو ملفان</numerusform>
            <numerusform>%Ln صور وملفات</numerusform>
            <numerusform>%Ln صورة أو ملف</numerusform>
            <numerusform>%Ln صورة أو ملف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln laptop names</source>
        <translation>
            <numerusform>%Ln اسم حاسوب</numerusform>
            <numerusform>%Ln اسم حاسوب</numerusform>
            <numerusform>%Ln اسما حاسوب</numerusform>
            <numerusform>%Ln أسماء حواسيب</numerusform>
            <numerusform>%Ln اسم حاسوب</numerusform>
            <numerusform>%Ln اسم حاسوب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records of %1</source>
        <translation>
            <numerusform>%Ln سجل من %1</numerusform>
            <numerusform>%Ln سجل من %1</numerusform>
            <numerusform>%Ln سجلان من %1</numerusform>
            <numerusform>%Ln سجلات من %1</numerusform>
            <numerusform>%Ln سجل من %1</numerusform>
            <numerusform>%Ln سجل من %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counted kinds of records</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 — from %2</source>
        <translation>%1 — من %2</translation>
    </message>
    <message numerus="yes">
        <source>• %Ln new records will be added (%1).</source>
        <translation>
            <numerusform>• ستُضاف %Ln سجل جديدة (%1).</numerusform>
            <numerusform>• ستُضاف %Ln سجل جديدة (%1).</numerusform>
            <numerusform>• ستُضاف %Ln سجلان جديدة (%1).</numerusform>
            <numerusform>• ستُضاف %Ln سجلات جديدة (%1).</numerusform>
            <numerusform>• ستُضاف %Ln سجل جديدة (%1).</numerusform>
            <numerusform>• ستُضاف %Ln سجل جديدة (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records changed only on that laptop will be updated to its version (%1).</source>
        <translation>
            <numerusform>• ستُحدَّث %Ln سجل تغيرت على ذلك الحاسوب فقط إلى نسخته (%1).</numerusform>
            <numerusform>• ستُحدَّث %Ln سجل تغيرت على ذلك الحاسوب فقط إلى نسخته (%1).</numerusform>
            <numerusform>• ستُحدَّث %Ln سجلان تغيرت على ذلك الحاسوب فقط إلى نسخته (%1).</numerusform>
            <numerusform>• ستُحدَّث %Ln سجلات تغيرت على ذلك الحاسوب فقط إلى نسخته (%1).</numerusform>
            <numerusform>• ستُحدَّث %Ln سجل تغيرت على ذلك الحاسوب فقط إلى نسخته (%1).</numerusform>
            <numerusform>• ستُحدَّث %Ln سجل تغيرت على ذلك الحاسوب فقط إلى نسخته (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records were changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts.</source>
        <translation>
            <numerusform>• تغيرت %Ln سجل على كلا الحاسوبين: يحتفظ هذا المشروع بنسخته وتُحفظ نسختهم جانباً لتختار في تعارضات الدمج.</numerusform>
            <numerusform>• تغيرت %Ln سجل على كلا الحاسوبين: يحتفظ هذا المشروع بنسخته وتُحفظ نسختهم جانباً لتختار في تعارضات الدمج.</numerusform>
            <numerusform>• تغيرت %Ln سجلان على كلا الحاسوبين: يحتفظ هذا المشروع بنسخته وتُحفظ نسختهم جانباً لتختار في تعارضات الدمج.</numerusform>
            <numerusform>• تغيرت %Ln سجلات على كلا الحاسوبين: يحتفظ هذا المشروع بنسخته وتُحفظ نسختهم جانباً لتختار في تعارضات الدمج.</numerusform>
            <numerusform>• تغيرت %Ln سجل على كلا الحاسوبين: يحتفظ هذا المشروع بنسخته وتُحفظ نسختهم جانباً لتختار في تعارضات الدمج.</numerusform>
            <numerusform>• تغيرت %Ln سجل على كلا الحاسوبين: يحتفظ هذا المشروع بنسخته وتُحفظ نسختهم جانباً لتختار في تعارضات الدمج.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records were changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts (%1).</source>
        <translation>
            <numerusform>• تغيرت %Ln سجل على كلا الحاسوبين: يحتفظ هذا المشروع بنسخته وتُحفظ نسختهم جانباً لتختار في تعارضات الدمج (%1).</numerusform>
            <numerusform>• تغيرت %Ln سجل على كلا الحاسوبين: يحتفظ هذا المشروع بنسخته وتُحفظ نسختهم جانباً لتختار في تعارضات الدمج (%1).</numerusform>
            <numerusform>• تغيرت %Ln سجلان على كلا الحاسوبين: يحتفظ هذا المشروع بنسخته وتُحفظ نسختهم جانباً لتختار في تعارضات الدمج (%1).</numerusform>
            <numerusform>• تغيرت %Ln سجلات على كلا الحاسوبين: يحتفظ هذا المشروع بنسخته وتُحفظ نسختهم جانباً لتختار في تعارضات الدمج (%1).</numerusform>
            <numerusform>• تغيرت %Ln سجل على كلا الحاسوبين: يحتفظ هذا المشروع بنسخته وتُحفظ نسختهم جانباً لتختار في تعارضات الدمج (%1).</numerusform>
            <numerusform>• تغيرت %Ln سجل على كلا الحاسوبين: يحتفظ هذا المشروع بنسخته وتُحفظ نسختهم جانباً لتختار في تعارضات الدمج (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records already waiting in Merge Conflicts from an earlier merge.</source>
        <translation>
            <numerusform>• %Ln سجل تنتظر بالفعل في تعارضات الدمج من دمج سابق.</numerusform>
            <numerusform>• %Ln سجل تنتظر بالفعل في تعارضات الدمج من دمج سابق.</numerusform>
            <numerusform>• %Ln سجلان تنتظر بالفعل في تعارضات الدمج من دمج سابق.</numerusform>
            <numerusform>• %Ln سجلات تنتظر بالفعل في تعارضات الدمج من دمج سابق.</numerusform>
            <numerusform>• %Ln سجل تنتظر بالفعل في تعارضات الدمج من دمج سابق.</numerusform>
            <numerusform>• %Ln سجل تنتظر بالفعل في تعارضات الدمج من دمج سابق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records are the same in both, or newer here, and are skipped.</source>
        <translation>
            <numerusform>• %Ln سجل متطابقة في الاثنين، أو أحدث هنا، وستُتخطّى.</numerusform>
            <numerusform>• %Ln سجل متطابقة في الاثنين، أو أحدث هنا، وستُتخطّى.</numerusform>
            <numerusform>• %Ln سجلان متطابقة في الاثنين، أو أحدث هنا، وستُتخطّى.</numerusform>
            <numerusform>• %Ln سجلات متطابقة في الاثنين، أو أحدث هنا، وستُتخطّى.</numerusform>
            <numerusform>• %Ln سجل متطابقة في الاثنين، أو أحدث هنا، وستُتخطّى.</numerusform>
            <numerusform>• %Ln سجل متطابقة في الاثنين، أو أحدث هنا، وستُتخطّى.</numerusform>
        </translation>
    </message>
    <message>
        <source>• Nothing new: everything in this file is already in the project.</source>
        <translation>• لا جديد: كل ما في هذا الملف موجود بالفعل في المشروع.</translation>
    </message>
    <message>
        <source>• %1</source>
        <comment>a line of the merge preview</comment>
        <translation>• %1</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <source>Merge Projects</source>
        <translation>دمج المشاريع</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Merging %Ln files into “%1”&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;دمج %Ln ملف في «%1»&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;دمج %Ln ملف في «%1»&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;دمج %Ln ملفين في «%1»&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;دمج %Ln ملفات في «%1»&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;دمج %Ln ملف في «%1»&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;دمج %Ln ملف في «%1»&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>A merge cannot be undone with Undo; the file is backed up first, to %1 beside it (open that copy to go back). The undo history is cleared, so that no earlier step can overwrite what came in.</source>
        <translation>لا يمكن التراجع عن الدمج بأمر التراجع؛ يُنسخ الملف احتياطياً أولاً إلى %1 بجانبه (افتح تلك النسخة للعودة). يُمسح سجل التراجع، حتى لا تستبدل أي خطوة سابقة ما وصل.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
</context>
<context>
    <name>OpenRoomDialog</name>
    <message>
        <source>Open the Room</source>
        <translation>فتح القاعة</translation>
    </message>
    <message>
        <source>Phones on the same network as this computer (its hotspot, or the local router) join by scanning the code shown. Nothing goes to the internet.</source>
        <translation>تنضم الهواتف الموجودة على الشبكة نفسها مع هذا الحاسوب (نقطة الاتصال الخاصة به أو الموجّه المحلي) بمسح الرمز المعروض. لا شيء يذهب إلى الإنترنت.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>The network the phones are on: this computer listens on it only</source>
        <translation>الشبكة التي تتصل بها الهواتف: يستمع هذا الحاسوب عليها وحدها</translation>
    </message>
    <message>
        <source>This computer only (%1): no phone can reach it</source>
        <translation>هذا الحاسوب فقط (%1): لا يمكن لأي هاتف الوصول إليه</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a network&apos;s name and this computer&apos;s address on it</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>The port phones connect to; 0 picks a free one</source>
        <translation>المنفذ الذي تتصل به الهواتف؛ 0 يختار منفذًا متاحًا</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>أي منفذ متاح</translation>
    </message>
    <message>
        <source>This computer is on no network: start its hotspot or join the room&apos;s Wi-Fi, then open the room again. Only this computer can reach the room now.</source>
        <translation>هذا الحاسوب غير متصل بأي شبكة: شغّل نقطة الاتصال الخاصة به أو انضم إلى شبكة Wi-Fi في القاعة، ثم افتح القاعة مرة أخرى. لا يستطيع الآن الوصول إلى القاعة إلا هذا الحاسوب.</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>ال&amp;شبكة:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ال&amp;منفذ:</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Workshops</source>
        <translation>الورش</translation>
    </message>
    <message>
        <source>Safety audits</source>
        <translation>تدقيقات السلامة</translation>
    </message>
    <message>
        <source>Perceptions and incidents</source>
        <translation>التصورات والحوادث</translation>
    </message>
    <message>
        <source>Proposals and action plan</source>
        <translation>المقترحات وخطة العمل</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>خريطة الأساس</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>لا مشروع مفتوح</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>مشروع بلا عنوان</translation>
    </message>
    <message>
        <source>Created %1
Last changed %2</source>
        <translation>أُنشئ في %1
آخر تغيير في %2</translation>
    </message>
    <message>
        <source>Privacy: counts and means for groups smaller than %1 are hidden, and so is any count from which one could be worked out</source>
        <translation>الخصوصية: تُخفى الأعداد والمتوسطات للفئات الأصغر من %1، وكذلك أي عدد يمكن أن يُستنتج منه أحدها</translation>
    </message>
</context>
<context>
    <name>PaperFeature</name>
    <message>
        <source>Print &amp;Group Maps…</source>
        <translation>طباعة خرائط المجموعات…</translation>
    </message>
    <message>
        <source>Print a map for each group to mark with dot stickers, and read a photo of it back later</source>
        <translation>طباعة خريطة لكل مجموعة لتعليمها بملصقات نقطية، ثم قراءة صورة لها لاحقًا</translation>
    </message>
    <message>
        <source>Read &amp;Paper Sheets…</source>
        <translation>قراءة الأوراق المطبوعة…</translation>
    </message>
    <message>
        <source>Add the dot stickers on photos of printed group maps to the project</source>
        <translation>إضافة الملصقات النقطية من صور خرائط المجموعات المطبوعة إلى المشروع</translation>
    </message>
    <message>
        <source>Print Audit S&amp;heets…</source>
        <translation>طباعة أوراق الت&amp;دقيق…</translation>
    </message>
    <message>
        <source>Print tick-box sheets for an audit walk&apos;s points, and read a photo of them back later</source>
        <translation>اطبع أوراقًا بمربعات لنقاط جولة تدقيق، واقرأ صورة لها لاحقًا</translation>
    </message>
</context>
<context>
    <name>PaperMap</name>
    <message numerus="yes">
        <source>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %Ln points. Three points always fit exactly: add a fourth to check them.</source>
        <translation>
            <numerusform>&lt;b&gt;المطابقة: خطأ RMS %1 م&lt;/b&gt; على %Ln نقطة. ثلاث نقاط تتطابق دائماً تماماً: أضف رابعة للتحقق منها.</numerusform>
            <numerusform>&lt;b&gt;المطابقة: خطأ RMS %1 م&lt;/b&gt; على %Ln نقطة. ثلاث نقاط تتطابق دائماً تماماً: أضف رابعة للتحقق منها.</numerusform>
            <numerusform>&lt;b&gt;المطابقة: خطأ RMS %1 م&lt;/b&gt; على %Ln نقطتين. ثلاث نقاط تتطابق دائماً تماماً: أضف رابعة للتحقق منها.</numerusform>
            <numerusform>&lt;b&gt;المطابقة: خطأ RMS %1 م&lt;/b&gt; على %Ln نقاط. ثلاث نقاط تتطابق دائماً تماماً: أضف رابعة للتحقق منها.</numerusform>
            <numerusform>&lt;b&gt;المطابقة: خطأ RMS %1 م&lt;/b&gt; على %Ln نقطة. ثلاث نقاط تتطابق دائماً تماماً: أضف رابعة للتحقق منها.</numerusform>
            <numerusform>&lt;b&gt;المطابقة: خطأ RMS %1 م&lt;/b&gt; على %Ln نقطة. ثلاث نقاط تتطابق دائماً تماماً: أضف رابعة للتحقق منها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %Ln points. A point far off the others was probably clicked in the wrong place.</source>
        <translation>
            <numerusform>&lt;b&gt;المطابقة: خطأ RMS %1 م&lt;/b&gt; على %Ln نقطة. النقطة البعيدة عن غيرها نُقرت على الأرجح في مكان خاطئ.</numerusform>
            <numerusform>&lt;b&gt;المطابقة: خطأ RMS %1 م&lt;/b&gt; على %Ln نقطة. النقطة البعيدة عن غيرها نُقرت على الأرجح في مكان خاطئ.</numerusform>
            <numerusform>&lt;b&gt;المطابقة: خطأ RMS %1 م&lt;/b&gt; على %Ln نقطتين. النقطة البعيدة عن غيرها نُقرت على الأرجح في مكان خاطئ.</numerusform>
            <numerusform>&lt;b&gt;المطابقة: خطأ RMS %1 م&lt;/b&gt; على %Ln نقاط. النقطة البعيدة عن غيرها نُقرت على الأرجح في مكان خاطئ.</numerusform>
            <numerusform>&lt;b&gt;المطابقة: خطأ RMS %1 م&lt;/b&gt; على %Ln نقطة. النقطة البعيدة عن غيرها نُقرت على الأرجح في مكان خاطئ.</numerusform>
            <numerusform>&lt;b&gt;المطابقة: خطأ RMS %1 م&lt;/b&gt; على %Ln نقطة. النقطة البعيدة عن غيرها نُقرت على الأرجح في مكان خاطئ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperMapDialog</name>
    <message>
        <source>Place Paper Map</source>
        <translation>وضع الخريطة الورقية</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>الصورة: %1</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>النقطة</translation>
    </message>
    <message>
        <source>On the photo (pixels)</source>
        <translation>على الصورة (بكسل)</translation>
    </message>
    <message>
        <source>On the map (lon, lat)</source>
        <translation>على الخريطة (خط الطول، خط العرض)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>الخطأ</translation>
    </message>
    <message>
        <source>&amp;Remove Point</source>
        <translation>إ&amp;زالة النقطة</translation>
    </message>
    <message>
        <source>&amp;Undo Last</source>
        <translation>ال&amp;تراجع عن الأخيرة</translation>
    </message>
    <message>
        <source>Backspace</source>
        <comment>the key</comment>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>opacity</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Layer &amp;name:</source>
        <translation>ا&amp;سم الطبقة:</translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation>ال&amp;عتامة:</translation>
    </message>
    <message>
        <source>Place Map</source>
        <translation>وضع الخريطة</translation>
    </message>
    <message>
        <source>Click the place on the photo first, then the same place on the map.</source>
        <translation>انقر على المكان في الصورة أولاً، ثم على المكان نفسه في الخريطة.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence without its full stop</comment>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln more points to place the map.</source>
        <translation>
            <numerusform>أضف %Ln نقطة أخرى لوضع الخريطة.</numerusform>
            <numerusform>أضف %Ln نقطة أخرى لوضع الخريطة.</numerusform>
            <numerusform>أضف %Ln نقطتين أخرى لوضع الخريطة.</numerusform>
            <numerusform>أضف %Ln نقاط أخرى لوضع الخريطة.</numerusform>
            <numerusform>أضف %Ln نقطة أخرى لوضع الخريطة.</numerusform>
            <numerusform>أضف %Ln نقطة أخرى لوضع الخريطة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 m</source>
        <comment>metres</comment>
        <translation>%1 م</translation>
    </message>
    <message>
        <source>Now click the same place on the map (point %1). Drag to move the map, scroll to zoom.</source>
        <translation>انقر الآن على المكان نفسه في الخريطة (النقطة %1). اسحب لتحريك الخريطة، ومرّر للتكبير.</translation>
    </message>
    <message>
        <source>Click a place you can recognise on the photo — a corner, a bridge, a junction.</source>
        <translation>انقر على مكان يمكنك تمييزه في الصورة — زاوية، جسر، تقاطع.</translation>
    </message>
    <message>
        <source>The map was not placed: %1.</source>
        <translation>لم توضع الخريطة: %1.</translation>
    </message>
</context>
<context>
    <name>PaperReview</name>
    <message>
        <source>two stickers touching</source>
        <translation>ملصقان متلامسان</translation>
    </message>
    <message>
        <source>a sticker half off the map</source>
        <translation>ملصق نصفه خارج الخريطة</translation>
    </message>
    <message>
        <source>a sticker cut by the photo&apos;s edge</source>
        <translation>ملصق قطعته حافة الصورة</translation>
    </message>
    <message>
        <source>its number is not sure (%1?)</source>
        <translation>رقمها غير مؤكد (%1؟)</translation>
    </message>
    <message>
        <source>writing beside it that is no number</source>
        <translation>كتابة بجانبها ليست رقمًا</translation>
    </message>
    <message>
        <source>smaller than a sticker: maybe a pen&apos;s mark</source>
        <translation>أصغر من ملصق: ربما علامة قلم</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dots</source>
        <translation>
            <numerusform>%Ln نقطة</numerusform>
            <numerusform>%Ln نقطة</numerusform>
            <numerusform>%Ln نقطتان</numerusform>
            <numerusform>%Ln نقاط</numerusform>
            <numerusform>%Ln نقطة</numerusform>
            <numerusform>%Ln نقطة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pen lines</source>
        <translation>
            <numerusform>%Ln خط بالقلم</numerusform>
            <numerusform>%Ln خط بالقلم</numerusform>
            <numerusform>%Ln خطان بالقلم</numerusform>
            <numerusform>%Ln خطوط بالقلم</numerusform>
            <numerusform>%Ln خطًا بالقلم</numerusform>
            <numerusform>%Ln خط بالقلم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pen shapes</source>
        <comment>a closed pen line: an area</comment>
        <translation>
            <numerusform>%Ln شكل بالقلم</numerusform>
            <numerusform>%Ln شكل بالقلم</numerusform>
            <numerusform>%Ln شكلان بالقلم</numerusform>
            <numerusform>%Ln أشكال بالقلم</numerusform>
            <numerusform>%Ln شكلًا بالقلم</numerusform>
            <numerusform>%Ln شكل بالقلم</numerusform>
        </translation>
    </message>
    <message>
        <source>no marks</source>
        <translation>لا علامات</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>two counts of a list: 3 dots, 1 pen line</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>a faint or irregular mark</source>
        <translation>علامة باهتة أو غير منتظمة</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>الإعاقة</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Private contact</source>
        <translation>جهة اتصال خاصة</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Contacts are never exported by default. Add one only when the person asks to be contacted.</source>
        <translation>لا تُصدَّر جهات الاتصال أبداً افتراضياً. أضف واحدة فقط عندما يطلب الشخص أن يُتواصل معه.</translation>
    </message>
    <message>
        <source>Participants — %1</source>
        <translation>المشاركون — %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>The workshop&apos;s participants: edit a cell in place, each change one undo step</source>
        <translation>المشاركون في الورشة: حرّر الخلية في مكانها، وكل تغيير خطوة تراجع واحدة</translation>
    </message>
    <message>
        <source>Keys as on the sign-in sheet — &lt;b&gt;Gender&lt;/b&gt; %1 · &lt;b&gt;Age&lt;/b&gt; 1–6 · &lt;b&gt;Role&lt;/b&gt; first letter(s) · &lt;b&gt;Group&lt;/b&gt; 1–9, 0 none · &lt;b&gt;Space&lt;/b&gt; consent · double-click for a list. Every change is saved at once and can be undone (Ctrl+Z).</source>
        <translation>المفاتيح كما في ورقة التسجيل — &lt;b&gt;الجنس&lt;/b&gt; %1 · &lt;b&gt;العمر&lt;/b&gt; 1–6 · &lt;b&gt;الدور&lt;/b&gt; الحرف (الحروف) الأول · &lt;b&gt;المجموعة&lt;/b&gt; 1–9، و0 لا شيء · &lt;b&gt;Space&lt;/b&gt; الموافقة · النقر المزدوج لقائمة. يُحفظ كل تغيير فوراً ويمكن التراجع عنه (Ctrl+Z).</translation>
    </message>
    <message>
        <source>This project is open read-only: participants can be viewed, not changed.</source>
        <translation>هذا المشروع مفتوح للقراءة فقط: يمكن عرض المشاركين لا تغييرهم.</translation>
    </message>
    <message>
        <source>Show private contact column</source>
        <translation>إظهار عمود جهة الاتصال الخاصة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Private:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;خاص:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected participants and their votes (Undo brings them back)</source>
        <translation>حذف المشاركين المحددين وأصواتهم (التراجع يعيدهم)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln مشارك</numerusform>
            <numerusform>%Ln مشارك</numerusform>
            <numerusform>%Ln مشاركان</numerusform>
            <numerusform>%Ln مشاركين</numerusform>
            <numerusform>%Ln مشارك</numerusform>
            <numerusform>%Ln مشارك</numerusform>
        </translation>
    </message>
    <message>
        <source>A participant needs a code.</source>
        <translation>يحتاج المشارك إلى رمز.</translation>
    </message>
    <message>
        <source>%1 is already used in this workshop — codes must be unique.</source>
        <translation>%1 مستخدم بالفعل في هذه الورشة — يجب أن تكون الرموز فريدة.</translation>
    </message>
    <message>
        <source>Change code of %1 to %2</source>
        <translation>تغيير رمز %1 إلى %2</translation>
    </message>
    <message>
        <source>Change gender of %1</source>
        <translation>تغيير جنس %1</translation>
    </message>
    <message>
        <source>Change age band of %1</source>
        <translation>تغيير الفئة العمرية لـ%1</translation>
    </message>
    <message>
        <source>Change role of %1</source>
        <translation>تغيير دور %1</translation>
    </message>
    <message>
        <source>Change group of %1</source>
        <translation>تغيير مجموعة %1</translation>
    </message>
    <message>
        <source>Change disability of %1</source>
        <translation>تغيير إعاقة %1</translation>
    </message>
    <message>
        <source>Change consent of %1</source>
        <translation>تغيير موافقة %1</translation>
    </message>
    <message>
        <source>Change private contact of %1</source>
        <translation>تغيير جهة الاتصال الخاصة لـ%1</translation>
    </message>
    <message>
        <source>Change code of %1</source>
        <translation>تغيير رمز %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between participant codes</comment>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln participants (%1) and their %2? Undo (Ctrl+Z) brings them back.</source>
        <comment>%2: how many votes</comment>
        <translation>
            <numerusform>حذف %Ln مشارك (%1) و%2 الخاصة بهم؟ التراجع (Ctrl+Z) يعيدهم.</numerusform>
            <numerusform>حذف %Ln مشارك (%1) و%2 الخاصة بهم؟ التراجع (Ctrl+Z) يعيدهم.</numerusform>
            <numerusform>حذف %Ln مشاركَين (%1) و%2 الخاصة بهم؟ التراجع (Ctrl+Z) يعيدهم.</numerusform>
            <numerusform>حذف %Ln مشاركين (%1) و%2 الخاصة بهم؟ التراجع (Ctrl+Z) يعيدهم.</numerusform>
            <numerusform>حذف %Ln مشارك (%1) و%2 الخاصة بهم؟ التراجع (Ctrl+Z) يعيدهم.</numerusform>
            <numerusform>حذف %Ln مشارك (%1) و%2 الخاصة بهم؟ التراجع (Ctrl+Z) يعيدهم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln votes</source>
        <translation>
            <numerusform>%Ln صوت</numerusform>
            <numerusform>%Ln صوت</numerusform>
            <numerusform>%Ln صوتان</numerusform>
            <numerusform>%Ln أصوات</numerusform>
            <numerusform>%Ln صوت</numerusform>
            <numerusform>%Ln صوت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln participants (%1)? Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>حذف %Ln مشارك (%1)؟ التراجع (Ctrl+Z) يعيدهم.</numerusform>
            <numerusform>حذف %Ln مشارك (%1)؟ التراجع (Ctrl+Z) يعيدهم.</numerusform>
            <numerusform>حذف %Ln مشاركَين (%1)؟ التراجع (Ctrl+Z) يعيدهم.</numerusform>
            <numerusform>حذف %Ln مشاركين (%1)؟ التراجع (Ctrl+Z) يعيدهم.</numerusform>
            <numerusform>حذف %Ln مشارك (%1)؟ التراجع (Ctrl+Z) يعيدهم.</numerusform>
            <numerusform>حذف %Ln مشارك (%1)؟ التراجع (Ctrl+Z) يعيدهم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete participants</source>
        <translation>حذف المشاركين</translation>
    </message>
    <message numerus="yes">
        <source>Delete participants %1</source>
        <translation>
            <numerusform>حذف المشاركين %1</numerusform>
            <numerusform>حذف المشاركين %1</numerusform>
            <numerusform>حذف المشاركين %1</numerusform>
            <numerusform>حذف المشاركين %1</numerusform>
            <numerusform>حذف المشاركين %1</numerusform>
            <numerusform>حذف المشاركين %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln participants</source>
        <translation>
            <numerusform>حذف %Ln مشارك</numerusform>
            <numerusform>حذف %Ln مشارك</numerusform>
            <numerusform>حذف %Ln مشاركَين</numerusform>
            <numerusform>حذف %Ln مشاركين</numerusform>
            <numerusform>حذف %Ln مشارك</numerusform>
            <numerusform>حذف %Ln مشارك</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersField</name>
    <message>
        <source>Responsible for this action</source>
        <translation>المسؤول عن هذا الإجراء</translation>
    </message>
</context>
<context>
    <name>PdfPathRow</name>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PerceptionFilterPanel</name>
    <message>
        <source>Workshop:</source>
        <translation>الورشة:</translation>
    </message>
    <message>
        <source>Show only some workshop choices</source>
        <translation>عرض بعض خيارات الورشة فقط</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>المجموعة:</translation>
    </message>
    <message>
        <source>Show only some group choices</source>
        <translation>عرض بعض خيارات المجموعة فقط</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>الجنس:</translation>
    </message>
    <message>
        <source>Show only some gender choices</source>
        <translation>عرض بعض خيارات الجنس فقط</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>العمر:</translation>
    </message>
    <message>
        <source>Show only some age choices</source>
        <translation>عرض بعض خيارات العمر فقط</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>Show only some role choices</source>
        <translation>عرض بعض خيارات الدور فقط</translation>
    </message>
    <message>
        <source>Time of day:</source>
        <translation>وقت اليوم:</translation>
    </message>
    <message>
        <source>Show only some time of day choices</source>
        <translation>عرض بعض خيارات وقت اليوم فقط</translation>
    </message>
    <message>
        <source>Only these dates:</source>
        <translation>هذه التواريخ فقط:</translation>
    </message>
    <message>
        <source>Only these dates</source>
        <translation>هذه التواريخ فقط</translation>
    </message>
    <message>
        <source>Keep only audits and pins from the dates below</source>
        <translation>الإبقاء على التدقيقات والدبابيس من التواريخ أدناه فقط</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>التاريخ الأول</translation>
    </message>
    <message>
        <source>The first date to keep</source>
        <translation>أول تاريخ يُبقى عليه</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>التاريخ الأخير</translation>
    </message>
    <message>
        <source>The last date to keep</source>
        <translation>آخر تاريخ يُبقى عليه</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Show every audit and pin again</source>
        <translation>عرض كل التدقيقات والدبابيس مجدداً</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>لم يُسجَّل شيء بعد</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no choice of a filter</comment>
        <translation>لا شيء</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln خيار محدد</numerusform>
            <numerusform>%Ln خيار محدد</numerusform>
            <numerusform>%Ln خياران محدد</numerusform>
            <numerusform>%Ln خيارات محدد</numerusform>
            <numerusform>%Ln خيار محدد</numerusform>
            <numerusform>%Ln خيار محدد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PerceptionMap</name>
    <message>
        <source>Perceptions</source>
        <translation>التصورات</translation>
    </message>
    <message>
        <source>Recorded incidents (imported data)</source>
        <translation>الحوادث المسجلة (بيانات مستوردة)</translation>
    </message>
    <message>
        <source>Recorded incident: %1</source>
        <translation>حادثة مسجلة: %1</translation>
    </message>
    <message>
        <source>Recorded incident: unspecified</source>
        <translation>حادثة مسجلة: غير محددة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a recorded time of day (its band: day, dusk or night)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a time of day</comment>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Recorded incident</source>
        <translation>حادثة مسجلة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a date</comment>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Safety score</source>
        <translation>درجة السلامة</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>غير مقيّم</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 من 5</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>a walk&apos;s title (time of day, date)</comment>
        <translation>%1 (%2، %3)</translation>
    </message>
    <message>
        <source>Untitled walk</source>
        <translation>جولة بلا عنوان</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>%1 of 3</source>
        <translation>%1 من 3</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Audit point %1 — dark spot</source>
        <translation>نقطة التدقيق %1 — بقعة مظلمة</translation>
    </message>
    <message>
        <source>Audit point %1</source>
        <translation>نقطة التدقيق %1</translation>
    </message>
    <message>
        <source>Audit point</source>
        <translation>نقطة تدقيق</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>وقت اليوم</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>%1 of 5 (1 very unsafe, 5 very safe)</source>
        <translation>%1 من 5 (1 غير آمن جداً، 5 آمن جداً)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>وضعه</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>مجهول الهوية</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>القصة</translation>
    </message>
    <message>
        <source>Sent from a phone: awaiting approval in the Room panel</source>
        <translation>أُرسلت من هاتف: بانتظار الموافقة في لوحة القاعة</translation>
    </message>
    <message>
        <source>Feels safe</source>
        <translation>الشعور بالأمان</translation>
    </message>
    <message>
        <source>Feels unsafe</source>
        <translation>الشعور بعدم الأمان</translation>
    </message>
    <message>
        <source>Perception pin</source>
        <translation>دبوس إدراك</translation>
    </message>
    <message>
        <source>Audit walk by day</source>
        <translation>جولة تدقيق نهاراً</translation>
    </message>
    <message>
        <source>Audit walk at dusk</source>
        <translation>جولة تدقيق عند الغسق</translation>
    </message>
    <message>
        <source>Audit walk at night</source>
        <translation>جولة تدقيق ليلاً</translation>
    </message>
    <message>
        <source>Heat of unsafe pins (%1 m): fewer → more</source>
        <translation>حرارة الدبابيس غير الآمنة (%1 م): أقل ← أكثر</translation>
    </message>
    <message>
        <source>Heat of low audit scores (%1 m): fewer → more</source>
        <translation>حرارة درجات التدقيق المنخفضة (%1 م): أقل ← أكثر</translation>
    </message>
    <message>
        <source>Heat of recorded incidents (%1 m): fewer → more</source>
        <translation>حرارة الحوادث المسجلة (%1 م): أقل ← أكثر</translation>
    </message>
    <message>
        <source>Heat map (%1 m): fewer → more</source>
        <translation>الخريطة الحرارية (%1 م): أقل ← أكثر</translation>
    </message>
    <message>
        <source>Pin and incident locations blurred to a %1 m grid</source>
        <translation>مواقع الدبابيس والحوادث مموّهة على شبكة %1 م</translation>
    </message>
    <message>
        <source>Pin locations blurred to a %1 m grid</source>
        <translation>مواقع الدبابيس مموّهة على شبكة %1 م</translation>
    </message>
    <message>
        <source>Incident locations blurred to a %1 m grid</source>
        <translation>مواقع الحوادث مموّهة على شبكة %1 م</translation>
    </message>
    <message>
        <source>Audit points (safety score)</source>
        <translation>نقاط التدقيق (درجة السلامة)</translation>
    </message>
    <message>
        <source>Perception pins</source>
        <translation>دبابيس الإدراك</translation>
    </message>
    <message>
        <source>Audit walk routes</source>
        <translation>مسارات جولات التدقيق</translation>
    </message>
    <message>
        <source>Recorded incidents</source>
        <translation>الحوادث المسجلة</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>الخريطة الحرارية</translation>
    </message>
    <message>
        <source>Show audit points (safety score) on the map</source>
        <translation>عرض نقاط التدقيق (درجة السلامة) على الخريطة</translation>
    </message>
    <message>
        <source>Show perception pins on the map</source>
        <translation>عرض دبابيس الإدراك على الخريطة</translation>
    </message>
    <message>
        <source>Show audit walk routes on the map</source>
        <translation>عرض مسارات جولات التدقيق على الخريطة</translation>
    </message>
    <message>
        <source>Show recorded incidents on the map</source>
        <translation>عرض الحوادث المسجلة على الخريطة</translation>
    </message>
    <message>
        <source>Show heat map on the map</source>
        <translation>عرض الخريطة الحرارية على الخريطة</translation>
    </message>
    <message>
        <source>Safety score 0–1 poor</source>
        <translation>درجة السلامة 0–1 ضعيفة</translation>
    </message>
    <message>
        <source>Safety score 1–2</source>
        <translation>درجة السلامة 1–2</translation>
    </message>
    <message>
        <source>Safety score 2–3</source>
        <translation>درجة السلامة 2–3</translation>
    </message>
    <message>
        <source>Safety score 3–4</source>
        <translation>درجة السلامة 3–4</translation>
    </message>
    <message>
        <source>Safety score 4–5 good</source>
        <translation>درجة السلامة 4–5 جيدة</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>غير مقيّم</translation>
    </message>
    <message>
        <source>Dark spot (lighting scored 0)</source>
        <translation>بقعة مظلمة (الإنارة 0)</translation>
    </message>
    <message>
        <source>Recorded incident (imported data)</source>
        <translation>حادثة مسجلة (بيانات مستوردة)</translation>
    </message>
    <message>
        <source>Make the heat map from unsafe pins</source>
        <translation>إنشاء الخريطة الحرارية من الدبابيس غير الآمنة</translation>
    </message>
    <message>
        <source>Make the heat map from low audit scores</source>
        <translation>إنشاء الخريطة الحرارية من درجات التدقيق المنخفضة</translation>
    </message>
    <message>
        <source>Make the heat map from recorded incidents</source>
        <translation>إنشاء الخريطة الحرارية من الحوادث المسجلة</translation>
    </message>
    <message>
        <source>Unsafe pins</source>
        <translation>الدبابيس غير الآمنة</translation>
    </message>
    <message>
        <source>Low audit scores</source>
        <translation>درجات التدقيق المنخفضة</translation>
    </message>
</context>
<context>
    <name>PerceptionMapPanel</name>
    <message>
        <source>Walked by day</source>
        <translation>جولة نهاراً</translation>
    </message>
    <message>
        <source>Walked at dusk</source>
        <translation>جولة عند الغسق</translation>
    </message>
    <message>
        <source>Walked at night</source>
        <translation>جولة ليلاً</translation>
    </message>
    <message>
        <source>Imported police or other records, not perceptions: only the date filter applies.</source>
        <translation>سجلات مستوردة من الشرطة أو غيرها، لا تصورات: لا ينطبق عليها إلا عامل تصفية التاريخ.</translation>
    </message>
    <message>
        <source>Heat map of</source>
        <comment>followed by the heat map&apos;s source</comment>
        <translation>الخريطة الحرارية من</translation>
    </message>
    <message>
        <source>Heat map source</source>
        <translation>مصدر الخريطة الحرارية</translation>
    </message>
    <message>
        <source>What the heat map is made of</source>
        <translation>ممّ تتكون الخريطة الحرارية</translation>
    </message>
    <message>
        <source>Heat radius</source>
        <translation>نصف قطر الحرارة</translation>
    </message>
    <message>
        <source> m</source>
        <comment>metres after a number</comment>
        <translation> م</translation>
    </message>
    <message>
        <source>How far each point&apos;s heat reaches</source>
        <translation>إلى أي مدى تصل حرارة كل نقطة</translation>
    </message>
    <message>
        <source>Heat radius slider</source>
        <translation>منزلق نصف قطر الحرارة</translation>
    </message>
    <message>
        <source>Radius:</source>
        <translation>نصف القطر:</translation>
    </message>
    <message>
        <source>fewer</source>
        <comment>heat map scale</comment>
        <translation>أقل</translation>
    </message>
    <message>
        <source>more</source>
        <comment>heat map scale</comment>
        <translation>أكثر</translation>
    </message>
    <message>
        <source>On the map: %1 · %2 · %3 · %4</source>
        <translation>على الخريطة: %1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit points</source>
        <translation>
            <numerusform>%Ln نقطة تدقيق</numerusform>
            <numerusform>%Ln نقطة تدقيق</numerusform>
            <numerusform>%Ln نقطتا تدقيق</numerusform>
            <numerusform>%Ln نقاط تدقيق</numerusform>
            <numerusform>%Ln نقطة تدقيق</numerusform>
            <numerusform>%Ln نقطة تدقيق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins</source>
        <translation>
            <numerusform>%Ln دبوس</numerusform>
            <numerusform>%Ln دبوس</numerusform>
            <numerusform>%Ln دبوسان</numerusform>
            <numerusform>%Ln دبابيس</numerusform>
            <numerusform>%Ln دبوس</numerusform>
            <numerusform>%Ln دبوس</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln routes</source>
        <translation>
            <numerusform>%Ln مسار</numerusform>
            <numerusform>%Ln مسار</numerusform>
            <numerusform>%Ln مساران</numerusform>
            <numerusform>%Ln مسارات</numerusform>
            <numerusform>%Ln مسار</numerusform>
            <numerusform>%Ln مسار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents</source>
        <translation>
            <numerusform>%Ln حادثة مسجلة</numerusform>
            <numerusform>%Ln حادثة مسجلة</numerusform>
            <numerusform>%Ln حادثتان مسجلتان</numerusform>
            <numerusform>%Ln حوادث مسجلة</numerusform>
            <numerusform>%Ln حادثة مسجلة</numerusform>
            <numerusform>%Ln حادثة مسجلة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PerceptionTools</name>
    <message>
        <source>&amp;Finish Route</source>
        <translation>إ&amp;نهاء المسار</translation>
    </message>
    <message>
        <source>&amp;Remove Last Point</source>
        <translation>إ&amp;زالة آخر نقطة</translation>
    </message>
    <message>
        <source>&amp;Cancel Route</source>
        <translation>إ&amp;لغاء المسار</translation>
    </message>
</context>
<context>
    <name>PhotoSection</name>
    <message>
        <source>Add Photo…</source>
        <translation>إضافة صورة…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected photo (Undo brings it back)</source>
        <translation>إزالة الصورة المحددة (التراجع يعيدها)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Add photo to “%1”</source>
        <translation>إضافة صورة إلى «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln photos to “%1”</source>
        <translation>
            <numerusform>إضافة %Ln صورة إلى «%1»</numerusform>
            <numerusform>إضافة %Ln صورة إلى «%1»</numerusform>
            <numerusform>إضافة %Ln صورتين إلى «%1»</numerusform>
            <numerusform>إضافة %Ln صور إلى «%1»</numerusform>
            <numerusform>إضافة %Ln صورة إلى «%1»</numerusform>
            <numerusform>إضافة %Ln صورة إلى «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove photo from “%1”</source>
        <translation>إزالة صورة من «%1»</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>%1
%2 × %3 px
Double-click to view larger</source>
        <translation>%1
%2 × %3 بكسل
انقر نقراً مزدوجاً للعرض بحجم أكبر</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>1 — very unsafe</source>
        <translation>1 — غير آمن جداً</translation>
    </message>
    <message>
        <source>2 — unsafe</source>
        <translation>2 — غير آمن</translation>
    </message>
    <message>
        <source>3 — neither</source>
        <translation>3 — محايد</translation>
    </message>
    <message>
        <source>4 — safe</source>
        <translation>4 — آمن</translation>
    </message>
    <message>
        <source>5 — very safe</source>
        <translation>5 — آمن جداً</translation>
    </message>
    <message>
        <source>Edit Perception Pin</source>
        <translation>تحرير دبوس الإدراك</translation>
    </message>
    <message>
        <source>New Perception Pin</source>
        <translation>دبوس إدراك جديد</translation>
    </message>
    <message>
        <source>&amp;Safe</source>
        <translation>&amp;آمن</translation>
    </message>
    <message>
        <source>&amp;Unsafe</source>
        <translation>&amp;غير آمن</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>غير مقيّم</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (موقوف)</translation>
    </message>
    <message>
        <source>What happened here, or why it feels this way (optional)</source>
        <translation>ما الذي حدث هنا، أو لماذا يبدو المكان هكذا (اختياري)</translation>
    </message>
    <message>
        <source>Anonymous (no code)</source>
        <translation>مجهول الهوية (بلا رمز)</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>الشعور</translation>
    </message>
    <message>
        <source>Sca&amp;le</source>
        <translation>ال&amp;مقياس</translation>
    </message>
    <message>
        <source>&amp;Reasons</source>
        <translation>الأ&amp;سباب</translation>
    </message>
    <message>
        <source>S&amp;tory</source>
        <translation>ال&amp;قصة</translation>
    </message>
    <message>
        <source>Time of &amp;day</source>
        <translation>&amp;وقت اليوم</translation>
    </message>
    <message>
        <source>&amp;Placed by</source>
        <translation>&amp;وضعه</translation>
    </message>
    <message>
        <source>Delete Pin</source>
        <translation>حذف الدبوس</translation>
    </message>
</context>
<context>
    <name>PinFlow</name>
    <message>
        <source>&amp;Edit Pin…</source>
        <translation>&amp;تحرير الدبوس…</translation>
    </message>
    <message>
        <source>Delete &amp;Pin</source>
        <translation>حذف ال&amp;دبوس</translation>
    </message>
    <message>
        <source>Add unsafe pin</source>
        <translation>إضافة دبوس غير آمن</translation>
    </message>
    <message>
        <source>Add safe pin</source>
        <translation>إضافة دبوس آمن</translation>
    </message>
    <message>
        <source>Edit unsafe pin</source>
        <translation>تحرير دبوس غير آمن</translation>
    </message>
    <message>
        <source>Edit safe pin</source>
        <translation>تحرير دبوس آمن</translation>
    </message>
    <message>
        <source>Delete unsafe pin</source>
        <translation>حذف دبوس غير آمن</translation>
    </message>
    <message>
        <source>Delete safe pin</source>
        <translation>حذف دبوس آمن</translation>
    </message>
</context>
<context>
    <name>PinsPanel</name>
    <message>
        <source>Edit Pin…</source>
        <translation>تحرير الدبوس…</translation>
    </message>
    <message>
        <source>Change the selected pin</source>
        <translation>تغيير الدبوس المحدد</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>Delete Pin</source>
        <translation>حذف الدبوس</translation>
    </message>
    <message>
        <source>Delete the selected pin (Undo brings it back)</source>
        <translation>حذف الدبوس المحدد (التراجع يعيده)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Perception pins</source>
        <translation>دبابيس الإدراك</translation>
    </message>
    <message>
        <source>The pins placed on the map; select one to see it</source>
        <translation>الدبابيس الموضوعة على الخريطة؛ حدد أحدها لرؤيته</translation>
    </message>
    <message>
        <source>%1 %2/5</source>
        <comment>a feeling and its scale</comment>
        <translation>%1 %2/5</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>مجهول الهوية</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins in no workshop</source>
        <translation>
            <numerusform>%Ln دبوس دون ورشة</numerusform>
            <numerusform>%Ln دبوس دون ورشة</numerusform>
            <numerusform>%Ln دبوسان دون ورشة</numerusform>
            <numerusform>%Ln دبابيس دون ورشة</numerusform>
            <numerusform>%Ln دبوس دون ورشة</numerusform>
            <numerusform>%Ln دبوس دون ورشة</numerusform>
        </translation>
    </message>
    <message>
        <source>No pins in no workshop yet: use the Perception Pin tool (N) on the map.</source>
        <translation>لا دبابيس دون ورشة بعد: استخدم أداة دبوس الإدراك (N) على الخريطة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins in %1</source>
        <translation>
            <numerusform>%Ln دبوس في %1</numerusform>
            <numerusform>%Ln دبوس في %1</numerusform>
            <numerusform>%Ln دبوسان في %1</numerusform>
            <numerusform>%Ln دبابيس في %1</numerusform>
            <numerusform>%Ln دبوس في %1</numerusform>
            <numerusform>%Ln دبوس في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No pins in %1 yet: use the Perception Pin tool (N) on the map.</source>
        <translation>لا دبابيس في %1 بعد: استخدم أداة دبوس الإدراك (N) على الخريطة.</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Click proposals, audit points or pins on the map to link them; Escape when done</source>
        <translation>انقر على مقترحات أو نقاط تدقيق أو دبابيس على الخريطة لربطها؛ Escape عند الانتهاء</translation>
    </message>
    <message>
        <source>Nothing to link there: click on a proposal, an audit point or a pin</source>
        <translation>لا شيء للربط هناك: انقر على مقترح أو نقطة تدقيق أو دبوس</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>A stakeholder needs a name</source>
        <translation>يحتاج صاحب المصلحة إلى اسم</translation>
    </message>
    <message>
        <source>Unknown sector: %1 (expected one of %2)</source>
        <translation>قطاع غير معروف: %1 (المتوقع أحد: %2)</translation>
    </message>
    <message>
        <source>The influence must be a whole number from 1 to 5, not %1</source>
        <translation>يجب أن يكون التأثير عدداً صحيحاً من 1 إلى 5، وليس %1</translation>
    </message>
    <message>
        <source>The interest must be a whole number from 1 to 5, not %1</source>
        <translation>يجب أن يكون الاهتمام عدداً صحيحاً من 1 إلى 5، وليس %1</translation>
    </message>
    <message>
        <source>An action needs a title</source>
        <translation>يحتاج الإجراء إلى عنوان</translation>
    </message>
    <message>
        <source>Unknown CPTED principle: %1 (expected one of %2)</source>
        <translation>مبدأ CPTED غير معروف: %1 (المتوقع أحد: %2)</translation>
    </message>
    <message>
        <source>Unknown prevention approach: %1 (expected one of %2)</source>
        <translation>نهج وقاية غير معروف: %1 (المتوقع أحد: %2)</translation>
    </message>
    <message>
        <source>Unknown timeframe: %1 (expected one of %2)</source>
        <translation>إطار زمني غير معروف: %1 (المتوقع أحد: %2)</translation>
    </message>
    <message>
        <source>Unknown action status: %1 (expected one of %2)</source>
        <translation>حالة إجراء غير معروفة: %1 (المتوقع أحد: %2)</translation>
    </message>
    <message>
        <source>The start date must be a date like 2026-03-17, not %1</source>
        <translation>يجب أن يكون تاريخ البدء تاريخاً مثل 2026-03-17، وليس %1</translation>
    </message>
    <message>
        <source>The end date must be a date like 2026-03-17, not %1</source>
        <translation>يجب أن يكون تاريخ الانتهاء تاريخاً مثل 2026-03-17، وليس %1</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2</source>
        <translation>تاريخ الانتهاء %1 يسبق تاريخ البدء %2</translation>
    </message>
    <message>
        <source>The estimated cost cannot be negative (%1)</source>
        <translation>لا يمكن أن تكون التكلفة التقديرية سالبة (%1)</translation>
    </message>
    <message>
        <source>A priority is 1 (highest) or more, not %1</source>
        <translation>الأولوية 1 (الأعلى) أو أكثر، وليست %1</translation>
    </message>
    <message>
        <source>No stakeholder with id %1 in the register</source>
        <translation>لا يوجد في السجل صاحب مصلحة بالمعرّف %1</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>مقترح بلا عنوان</translation>
    </message>
    <message>
        <source>Proposal “%1”</source>
        <translation>المقترح «%1»</translation>
    </message>
    <message>
        <source>Proposal (deleted)</source>
        <translation>مقترح (محذوف)</translation>
    </message>
    <message>
        <source>Audit point (deleted)</source>
        <translation>نقطة تدقيق (محذوفة)</translation>
    </message>
    <message>
        <source>Audit point %1 of “%2”</source>
        <translation>نقطة التدقيق %1 من «%2»</translation>
    </message>
    <message>
        <source>Audit point %1</source>
        <translation>نقطة التدقيق %1</translation>
    </message>
    <message>
        <source>Perception pin (deleted)</source>
        <translation>دبوس إدراك (محذوف)</translation>
    </message>
    <message>
        <source>%1 pin (%2)</source>
        <comment>a feeling and a time of day: “Unsafe pin (night)”</comment>
        <translation>دبوس %1 (%2)</translation>
    </message>
    <message>
        <source>Recorded incident (deleted)</source>
        <translation>حادثة مسجلة (محذوفة)</translation>
    </message>
    <message>
        <source>Recorded incident: %1</source>
        <translation>حادثة مسجلة: %1</translation>
    </message>
    <message>
        <source>uncategorised</source>
        <translation>غير مصنفة</translation>
    </message>
    <message>
        <source>No audit scores at the linked places yet</source>
        <translation>لا درجات تدقيق في الأماكن المرتبطة بعد</translation>
    </message>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %Ln audit points</source>
        <translation>
            <numerusform>متوسط درجة السلامة %1 / 5 في %Ln نقطة تدقيق</numerusform>
            <numerusform>متوسط درجة السلامة %1 / 5 في %Ln نقطة تدقيق</numerusform>
            <numerusform>متوسط درجة السلامة %1 / 5 في %Ln نقطتي تدقيق</numerusform>
            <numerusform>متوسط درجة السلامة %1 / 5 في %Ln نقاط تدقيق</numerusform>
            <numerusform>متوسط درجة السلامة %1 / 5 في %Ln نقطة تدقيق</numerusform>
            <numerusform>متوسط درجة السلامة %1 / 5 في %Ln نقطة تدقيق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %Ln audit points (%2)</source>
        <translation>
            <numerusform>متوسط درجة السلامة %1 / 5 في %Ln نقطة تدقيق (%2)</numerusform>
            <numerusform>متوسط درجة السلامة %1 / 5 في %Ln نقطة تدقيق (%2)</numerusform>
            <numerusform>متوسط درجة السلامة %1 / 5 في %Ln نقطتي تدقيق (%2)</numerusform>
            <numerusform>متوسط درجة السلامة %1 / 5 في %Ln نقاط تدقيق (%2)</numerusform>
            <numerusform>متوسط درجة السلامة %1 / 5 في %Ln نقطة تدقيق (%2)</numerusform>
            <numerusform>متوسط درجة السلامة %1 / 5 في %Ln نقطة تدقيق (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %Ln audit points (%2 to %3)</source>
        <translation>
            <numerusform>متوسط درجة السلامة %1 / 5 في %Ln نقطة تدقيق (%2 إلى %3)</numerusform>
            <numerusform>متوسط درجة السلامة %1 / 5 في %Ln نقطة تدقيق (%2 إلى %3)</numerusform>
            <numerusform>متوسط درجة السلامة %1 / 5 في %Ln نقطتي تدقيق (%2 إلى %3)</numerusform>
            <numerusform>متوسط درجة السلامة %1 / 5 في %Ln نقاط تدقيق (%2 إلى %3)</numerusform>
            <numerusform>متوسط درجة السلامة %1 / 5 في %Ln نقطة تدقيق (%2 إلى %3)</numerusform>
            <numerusform>متوسط درجة السلامة %1 / 5 في %Ln نقطة تدقيق (%2 إلى %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed proposal</source>
        <translation>مقترح مُزال</translation>
    </message>
    <message>
        <source>Removed audit point</source>
        <translation>نقطة تدقيق مُزالة</translation>
    </message>
    <message>
        <source>Removed perception pin</source>
        <translation>دبوس إدراك مُزال</translation>
    </message>
    <message>
        <source>Removed recorded incident</source>
        <translation>حادثة مسجلة مُزالة</translation>
    </message>
    <message>
        <source>That proposal is linked already</source>
        <translation>هذا المقترح مرتبط بالفعل</translation>
    </message>
    <message>
        <source>That audit point is linked already</source>
        <translation>نقطة التدقيق هذه مرتبطة بالفعل</translation>
    </message>
    <message>
        <source>That perception pin is linked already</source>
        <translation>دبوس الإدراك هذا مرتبط بالفعل</translation>
    </message>
    <message>
        <source>That recorded incident is linked already</source>
        <translation>هذه الحادثة المسجلة مرتبطة بالفعل</translation>
    </message>
    <message>
        <source>Safe pin (%1)</source>
        <translation>دبوس آمن (%1)</translation>
    </message>
    <message>
        <source>Unsafe pin (%1)</source>
        <translation>دبوس غير آمن (%1)</translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <translation>المقترح: %1</translation>
    </message>
    <message>
        <source>Audit point %1 · %2</source>
        <comment>%1: its number; %2: its walk&apos;s title</comment>
        <translation>نقطة التدقيق %1 · %2</translation>
    </message>
    <message>
        <source>untitled walk</source>
        <translation>جولة بلا عنوان</translation>
    </message>
    <message>
        <source>%1 pin (%2)</source>
        <comment>%1: how people feel there; %2: the time of day</comment>
        <translation>دبوس %1 (%2)</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <comment>%1: its category and date</comment>
        <translation>حادثة: %1</translation>
    </message>
    <message>
        <source>— (no votes yet)</source>
        <translation>— (لا أصوات بعد)</translation>
    </message>
    <message>
        <source>%1 (votes)</source>
        <comment>a priority taken from the votes</comment>
        <translation>%1 (الأصوات)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no supporting partners</comment>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>%1
Responsible: %2
Supporting: %3</source>
        <comment>%1: an action&apos;s title; %2, %3: partners&apos; names</comment>
        <translation>%1
المسؤول: %2
الداعمون: %3</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a timeline card: an action&apos;s status · its responsible partner</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>nobody responsible yet</source>
        <translation>لا مسؤول بعد</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <source>Export Plan (PDF)</source>
        <translation>تصدير الخطة (PDF)</translation>
    </message>
    <message>
        <source>&amp;A4</source>
        <translation>&amp;A4</translation>
    </message>
    <message>
        <source>&amp;Letter (US)</source>
        <translation>&amp;Letter (أمريكي)</translation>
    </message>
    <message>
        <source>&amp;Public version</source>
        <translation>النسخة ال&amp;عامة</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>اختر مكان حفظ ملف PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>For anyone: the website, a notice board, the press. Perception pins are moved to the centre of a %1 m grid square so no one&apos;s spot can be found, and stories, comments and notes are left out.</source>
        <translation>للجميع: الموقع الإلكتروني، لوحة الإعلانات، الصحافة. تُنقل دبابيس الإدراك إلى مركز مربع شبكة بطول %1 م حتى لا يمكن معرفة موضع أي شخص، وتُستبعد القصص والتعليقات والملاحظات.</translation>
    </message>
    <message>
        <source>Untick for the partners who carry out the plan: pins at their places, with stories and comments. Contacts are never printed in either version.</source>
        <translation>ألغِ التحديد للشركاء الذين ينفذون الخطة: الدبابيس في أماكنها، مع القصص والتعليقات. لا تُطبع جهات الاتصال في أي من النسختين.</translation>
    </message>
    <message>
        <source>The plan was not exported</source>
        <translation>لم تُصدَّر الخطة</translation>
    </message>
    <message>
        <source>PDF documents (%1)</source>
        <translation>مستندات PDF (%1)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>المجلد %1 غير موجود</translation>
    </message>
    <message>
        <source>Drawing the maps…</source>
        <translation>جارٍ رسم الخرائط…</translation>
    </message>
    <message>
        <source>The maps could not be drawn (%1)</source>
        <translation>تعذّر رسم الخرائط (%1)</translation>
    </message>
    <message>
        <source>Gathering the plan</source>
        <translation>جمع الخطة</translation>
    </message>
    <message>
        <source>Writing the plan</source>
        <translation>كتابة الخطة</translation>
    </message>
    <message>
        <source>Exporting the plan…</source>
        <translation>جارٍ تصدير الخطة…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Plan exported</source>
        <translation>صُدِّرت الخطة</translation>
    </message>
    <message>
        <source>The plan was saved as %1.</source>
        <translation>حُفظت الخطة باسم %1.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>فتح المجلد</translation>
    </message>
</context>
<context>
    <name>PlanExports</name>
    <message>
        <source>Export Actions (CSV)</source>
        <translation>تصدير الإجراءات (CSV)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (%1)</source>
        <translation>جداول CSV (%1)</translation>
    </message>
    <message>
        <source>Writing the actions</source>
        <translation>كتابة الإجراءات</translation>
    </message>
    <message>
        <source>Exporting the actions…</source>
        <translation>جارٍ تصدير الإجراءات…</translation>
    </message>
    <message>
        <source>The actions were not exported</source>
        <translation>لم تُصدَّر الإجراءات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions written to %1 (linked pins and incidents at %2 m, not their exact places)</source>
        <translation>
            <numerusform>كُتب %Ln إجراء في %1 (الدبابيس والحوادث المرتبطة بدقة %2 م، لا بأماكنها الدقيقة)</numerusform>
            <numerusform>كُتب %Ln إجراء في %1 (الدبابيس والحوادث المرتبطة بدقة %2 م، لا بأماكنها الدقيقة)</numerusform>
            <numerusform>كُتب %Ln إجراءان في %1 (الدبابيس والحوادث المرتبطة بدقة %2 م، لا بأماكنها الدقيقة)</numerusform>
            <numerusform>كُتب %Ln إجراءات في %1 (الدبابيس والحوادث المرتبطة بدقة %2 م، لا بأماكنها الدقيقة)</numerusform>
            <numerusform>كُتب %Ln إجراء في %1 (الدبابيس والحوادث المرتبطة بدقة %2 م، لا بأماكنها الدقيقة)</numerusform>
            <numerusform>كُتب %Ln إجراء في %1 (الدبابيس والحوادث المرتبطة بدقة %2 م، لا بأماكنها الدقيقة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the layers…</source>
        <translation>جارٍ تصدير الطبقات…</translation>
    </message>
    <message>
        <source>The layers were not exported</source>
        <translation>لم تُصدَّر الطبقات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln public files written to %1</source>
        <translation>
            <numerusform>كُتب %Ln ملف عام في %1</numerusform>
            <numerusform>كُتب %Ln ملف عام في %1</numerusform>
            <numerusform>كُتب %Ln ملفان عامان في %1</numerusform>
            <numerusform>كُتب %Ln ملفات عامة في %1</numerusform>
            <numerusform>كُتب %Ln ملف عام في %1</numerusform>
            <numerusform>كُتب %Ln ملف عام في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files written to %1</source>
        <translation>
            <numerusform>كُتب %Ln ملف في %1</numerusform>
            <numerusform>كُتب %Ln ملف في %1</numerusform>
            <numerusform>كُتب %Ln ملفان في %1</numerusform>
            <numerusform>كُتب %Ln ملفات في %1</numerusform>
            <numerusform>كُتب %Ln ملف في %1</numerusform>
            <numerusform>كُتب %Ln ملف في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>انتهى التصدير</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a finished export&apos;s message, as a sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>فتح المجلد</translation>
    </message>
</context>
<context>
    <name>PlanFeature</name>
    <message>
        <source>Stakeholders</source>
        <translation>أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Action Plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>&amp;New Action…</source>
        <translation>إجراء &amp;جديد…</translation>
    </message>
    <message>
        <source>Add an action to the plan from scratch</source>
        <translation>إضافة إجراء جديد إلى الخطة من البداية</translation>
    </message>
    <message>
        <source>&amp;Create Action from Proposal</source>
        <translation>&amp;إنشاء إجراء من المقترح</translation>
    </message>
    <message>
        <source>Turn the selected proposal into an action, linked to it</source>
        <translation>تحويل المقترح المحدد إلى إجراء مرتبط به</translation>
    </message>
    <message>
        <source>Add &amp;Stakeholder…</source>
        <translation>إضافة &amp;صاحب مصلحة…</translation>
    </message>
    <message>
        <source>Add a department, business, community group or NGO</source>
        <translation>إضافة إدارة أو نشاط تجاري أو مجموعة مجتمعية أو منظمة غير حكومية</translation>
    </message>
    <message>
        <source>Export &amp;Plan (PDF)…</source>
        <translation>تصدير ال&amp;خطة (PDF)…</translation>
    </message>
    <message>
        <source>Write the action plan as a PDF to print or share</source>
        <translation>كتابة خطة العمل ملفَّ PDF للطباعة أو المشاركة</translation>
    </message>
    <message>
        <source>Export &amp;Actions (CSV)…</source>
        <translation>تصدير الإ&amp;جراءات (CSV)…</translation>
    </message>
    <message>
        <source>Write the actions as a spreadsheet (CSV)</source>
        <translation>كتابة الإجراءات جدولاً (CSV)</translation>
    </message>
    <message>
        <source>Export &amp;Layers…</source>
        <translation>تصدير ال&amp;طبقات…</translation>
    </message>
    <message>
        <source>Write every layer as GeoJSON or a GeoPackage for GIS</source>
        <translation>كتابة كل طبقة بصيغة GeoJSON أو GeoPackage لنظم المعلومات الجغرافية</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>ال&amp;خطة</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>The action was not created</source>
        <translation>لم يُنشأ الإجراء</translation>
    </message>
    <message>
        <source>%1: edit it in the Action Plan panel</source>
        <comment>%1: the edit just made</comment>
        <translation>%1: حرّره في لوحة خطة العمل</translation>
    </message>
</context>
<context>
    <name>PlanMaps</name>
    <message>
        <source>solid by day</source>
        <translation>متصل نهاراً</translation>
    </message>
    <message>
        <source>dash-dot at dusk</source>
        <translation>شرطة ونقطة عند الغسق</translation>
    </message>
    <message>
        <source>dashed at night</source>
        <translation>متقطع ليلاً</translation>
    </message>
    <message>
        <source>Heat map: unsafe pins</source>
        <translation>خريطة حرارية: الدبابيس غير الآمنة</translation>
    </message>
    <message>
        <source>Heat map: low audit scores</source>
        <translation>خريطة حرارية: درجات التدقيق المنخفضة</translation>
    </message>
    <message>
        <source>Heat map: recorded incidents</source>
        <translation>خريطة حرارية: الحوادث المسجلة</translation>
    </message>
    <message>
        <source>Heat map of where participants marked feeling unsafe.</source>
        <translation>خريطة حرارية للأماكن التي أشار فيها المشاركون والمشاركات إلى شعورهم بعدم الأمان.</translation>
    </message>
    <message>
        <source>Heat map of where audit points scored low for safety (a score of 0 weighs most, 5 nothing).</source>
        <translation>خريطة حرارية للأماكن التي حصلت فيها نقاط التدقيق على درجات سلامة منخفضة (الدرجة 0 هي الأثقل، و5 لا وزن لها).</translation>
    </message>
    <message>
        <source>Heat map of where incidents were recorded (imported data, not perceptions).</source>
        <translation>خريطة حرارية لأماكن تسجيل الحوادث (بيانات مستوردة، لا تصورات).</translation>
    </message>
    <message>
        <source>Pin locations blurred to a %1 m grid: each pin is drawn at the centre of its %1 m square, so pins in one square are drawn on top of each other.</source>
        <translation>مواقع الدبابيس مموّهة على شبكة %1 م: يُرسم كل دبوس في مركز مربعه البالغ %1 م، فتُرسم الدبابيس الواقعة في مربع واحد فوق بعضها.</translation>
    </message>
    <message>
        <source>Grey squares were not scored.</source>
        <translation>المربعات الرمادية لم تُقيَّم.</translation>
    </message>
    <message>
        <source>Black rings: lighting scored 0 (dark spots).</source>
        <translation>الحلقات السوداء: الإنارة حصلت على 0 (بقع مظلمة).</translation>
    </message>
    <message>
        <source>Pink lines: the audit walk routes (%1).</source>
        <comment>%1: how each time of day is drawn</comment>
        <translation>الخطوط الوردية: مسارات جولات التدقيق (%1).</translation>
    </message>
    <message>
        <source>Safety audit: scores along the walks</source>
        <translation>تدقيق السلامة: الدرجات على طول الجولات</translation>
    </message>
    <message>
        <source>Audit points coloured by their mean safety score, 0 (poor, dark purple) to 5 (good, yellow).</source>
        <translation>نقاط التدقيق ملوّنة حسب متوسط درجة السلامة، من 0 (ضعيف، بنفسجي داكن) إلى 5 (جيد، أصفر).</translation>
    </message>
    <message>
        <source>Where people feel safe and unsafe</source>
        <translation>أين يشعر الناس بالأمان وعدم الأمان</translation>
    </message>
    <message>
        <source>Perception pins placed by workshop participants: green diamonds where they feel safe, orange triangles where they feel unsafe.</source>
        <translation>دبابيس الإدراك التي وضعها المشاركون والمشاركات في الورشة: معيّنات خضراء حيث يشعرون بالأمان، ومثلثات برتقالية حيث يشعرون بعدم الأمان.</translation>
    </message>
    <message>
        <source>Each point spreads over %1 m; the darker the red, the more of them close together. Pale or no colour: few or none.</source>
        <translation>تمتد كل نقطة على %1 م؛ كلما كان الأحمر أغمق، زاد عدد النقاط المتقاربة. اللون الباهت أو انعدامه: قليل أو لا شيء.</translation>
    </message>
    <message>
        <source>Workshop proposals</source>
        <translation>مقترحات الورشة</translation>
    </message>
    <message>
        <source>Proposals drawn by the workshop groups: markers mark a place, lines a route, shaded areas an area to change. Each group has its colour and also its own marker shape, line dash and area hatch (see the legend), so groups can be told apart without colour. The action plan links its actions to them.</source>
        <translation>المقترحات التي رسمتها مجموعات الورشة: العلامات تحدد مكاناً، والخطوط مساراً، والمساحات المظللة منطقة يجب تغييرها. لكل مجموعة لونها وكذلك شكل علامتها ونمط خطها وتظليل مساحتها (انظر مفتاح الخريطة)، لتمييز المجموعات دون الاعتماد على اللون. تربط خطة العمل إجراءاتها بها.</translation>
    </message>
    <message>
        <source>the map image could not be encoded as PNG</source>
        <translation>تعذّر ترميز صورة الخريطة بصيغة PNG</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>%1 (outcome)  n=%2</source>
        <comment>a criterion, how many scores it has</comment>
        <translation>%1 (النتيجة)  n=%2</translation>
    </message>
    <message>
        <source>%1  n=%2</source>
        <comment>a criterion, how many scores it has</comment>
        <translation>%1  n=%2</translation>
    </message>
    <message>
        <source>score 0 poor</source>
        <translation>الدرجة 0 ضعيف</translation>
    </message>
    <message>
        <source>score 1</source>
        <translation>الدرجة 1</translation>
    </message>
    <message>
        <source>score 2</source>
        <translation>الدرجة 2</translation>
    </message>
    <message>
        <source>score 3 good</source>
        <translation>الدرجة 3 جيد</translation>
    </message>
    <message>
        <source>%1 people: not shown</source>
        <comment>%1: fewer than N, as &lt;5</comment>
        <translation>%1 أشخاص: غير معروض</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>نهاراً</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>ليلاً</translation>
    </message>
    <message>
        <source>Safety score 0–5; places numbered west to east</source>
        <translation>درجة السلامة 0–5؛ الأماكن مرقّمة من الغرب إلى الشرق</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>الحفاظ على رضاه</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>إدارة عن قرب</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>إبقاؤه على اطلاع</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>الاهتمام ←</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>التأثير ←</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>clock hours, from–to</comment>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents (imported data, kept apart from what people felt): %1 by day (%2), %3 at dusk (%4), %5 at night (%6), %7 at a time not recorded.</source>
        <translation>
            <numerusform>%Ln حادثة مسجلة (بيانات مستوردة، منفصلة عمّا شعر به الناس): %1 في النهار (%2)، %3 في الغسق (%4)، %5 في الليل (%6)، %7 في وقت غير مسجل.</numerusform>
            <numerusform>%Ln حادثة مسجلة (بيانات مستوردة، منفصلة عمّا شعر به الناس): %1 في النهار (%2)، %3 في الغسق (%4)، %5 في الليل (%6)، %7 في وقت غير مسجل.</numerusform>
            <numerusform>%Ln حادثتان مسجلتان (بيانات مستوردة، منفصلة عمّا شعر به الناس): %1 في النهار (%2)، %3 في الغسق (%4)، %5 في الليل (%6)، %7 في وقت غير مسجل.</numerusform>
            <numerusform>%Ln حوادث مسجلة (بيانات مستوردة، منفصلة عمّا شعر به الناس): %1 في النهار (%2)، %3 في الغسق (%4)، %5 في الليل (%6)، %7 في وقت غير مسجل.</numerusform>
            <numerusform>%Ln حادثة مسجلة (بيانات مستوردة، منفصلة عمّا شعر به الناس): %1 في النهار (%2)، %3 في الغسق (%4)، %5 في الليل (%6)، %7 في وقت غير مسجل.</numerusform>
            <numerusform>%Ln حادثة مسجلة (بيانات مستوردة، منفصلة عمّا شعر به الناس): %1 في النهار (%2)، %3 في الغسق (%4)، %5 في الليل (%6)، %7 في وقت غير مسجل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit points scored; mean safety score %1 out of 5 (lowest %2, highest %3).</source>
        <translation>
            <numerusform>قُيّمت %Ln نقطة تدقيق؛ متوسط درجة السلامة %1 من 5 (الأدنى %2، والأعلى %3).</numerusform>
            <numerusform>قُيّمت %Ln نقطة تدقيق؛ متوسط درجة السلامة %1 من 5 (الأدنى %2، والأعلى %3).</numerusform>
            <numerusform>قُيّمت %Ln نقطتا تدقيق؛ متوسط درجة السلامة %1 من 5 (الأدنى %2، والأعلى %3).</numerusform>
            <numerusform>قُيّمت %Ln نقاط تدقيق؛ متوسط درجة السلامة %1 من 5 (الأدنى %2، والأعلى %3).</numerusform>
            <numerusform>قُيّمت %Ln نقطة تدقيق؛ متوسط درجة السلامة %1 من 5 (الأدنى %2، والأعلى %3).</numerusform>
            <numerusform>قُيّمت %Ln نقطة تدقيق؛ متوسط درجة السلامة %1 من 5 (الأدنى %2، والأعلى %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dark spots: points where lighting scored 0 (poor).</source>
        <translation>
            <numerusform>%Ln بقعة مظلمة: نقاط حصلت فيها الإنارة على 0 (ضعيف).</numerusform>
            <numerusform>%Ln بقعة مظلمة: نقاط حصلت فيها الإنارة على 0 (ضعيف).</numerusform>
            <numerusform>%Ln بقعتان مظلمتان: نقاط حصلت فيها الإنارة على 0 (ضعيف).</numerusform>
            <numerusform>%Ln بقع مظلمة: نقاط حصلت فيها الإنارة على 0 (ضعيف).</numerusform>
            <numerusform>%Ln بقعة مظلمة: نقاط حصلت فيها الإنارة على 0 (ضعيف).</numerusform>
            <numerusform>%Ln بقعة مظلمة: نقاط حصلت فيها الإنارة على 0 (ضعيف).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln places walked both by day and at night: %1 scored lower at night; mean %2 by day, %3 at night.</source>
        <translation>
            <numerusform>%Ln مكان تمت الجولة فيها نهاراً وليلاً: %1 حصلت على درجة أقل ليلاً؛ المتوسط %2 نهاراً، و%3 ليلاً.</numerusform>
            <numerusform>%Ln مكان تمت الجولة فيها نهاراً وليلاً: %1 حصلت على درجة أقل ليلاً؛ المتوسط %2 نهاراً، و%3 ليلاً.</numerusform>
            <numerusform>%Ln مكانان تمت الجولة فيها نهاراً وليلاً: %1 حصلت على درجة أقل ليلاً؛ المتوسط %2 نهاراً، و%3 ليلاً.</numerusform>
            <numerusform>%Ln أماكن تمت الجولة فيها نهاراً وليلاً: %1 حصلت على درجة أقل ليلاً؛ المتوسط %2 نهاراً، و%3 ليلاً.</numerusform>
            <numerusform>%Ln مكان تمت الجولة فيها نهاراً وليلاً: %1 حصلت على درجة أقل ليلاً؛ المتوسط %2 نهاراً، و%3 ليلاً.</numerusform>
            <numerusform>%Ln مكان تمت الجولة فيها نهاراً وليلاً: %1 حصلت على درجة أقل ليلاً؛ المتوسط %2 نهاراً، و%3 ليلاً.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln perception pins, %1 of them marking a place where people feel unsafe.</source>
        <translation>
            <numerusform>%Ln دبوس إدراك، منها %1 تشير إلى مكان يشعر فيه الناس بعدم الأمان.</numerusform>
            <numerusform>%Ln دبوس إدراك، منها %1 تشير إلى مكان يشعر فيه الناس بعدم الأمان.</numerusform>
            <numerusform>%Ln دبوسا إدراك، منها %1 تشير إلى مكان يشعر فيه الناس بعدم الأمان.</numerusform>
            <numerusform>%Ln دبابيس إدراك، منها %1 تشير إلى مكان يشعر فيه الناس بعدم الأمان.</numerusform>
            <numerusform>%Ln دبوس إدراك، منها %1 تشير إلى مكان يشعر فيه الناس بعدم الأمان.</numerusform>
            <numerusform>%Ln دبوس إدراك، منها %1 تشير إلى مكان يشعر فيه الناس بعدم الأمان.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where %1 scored low, people felt less safe (rank correlation with the feeling score of at least 0.3: a link, not proof of a cause).</source>
        <comment>%1: criteria</comment>
        <translation>حيث حصل %1 على درجات منخفضة، شعر الناس بأمان أقل (ارتباط رتب مع درجة الشعور لا يقل عن 0.3: ارتباط وليس دليلاً على السببية).</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Public version</source>
        <translation>النسخة العامة</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>جارٍ تنسيق الصفحات</translation>
    </message>
    <message>
        <source>The plan was not written: the folder %1 does not exist</source>
        <translation>لم تُكتب الخطة: المجلد %1 غير موجود</translation>
    </message>
    <message>
        <source>Preparing the plan</source>
        <translation>جارٍ إعداد الخطة</translation>
    </message>
    <message>
        <source>%1 · Action plan · %2</source>
        <comment>the foot of every page: the project&apos;s name, the date</comment>
        <translation>%1 · خطة العمل · %2</translation>
    </message>
    <message>
        <source>The plan was not written: %1</source>
        <translation>لم تُكتب الخطة: %1</translation>
    </message>
    <message>
        <source>Community safety action plan, %1</source>
        <translation>خطة عمل السلامة المجتمعية، %1</translation>
    </message>
    <message>
        <source>Community safety action plan</source>
        <translation>خطة عمل السلامة المجتمعية</translation>
    </message>
    <message>
        <source>%1 — action plan</source>
        <comment>the PDF&apos;s title</comment>
        <translation>%1 — خطة العمل</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>جارٍ حفظ الملف</translation>
    </message>
    <message>
        <source>The plan was not written: something in it is too large to fit on a page</source>
        <translation>لم تُكتب الخطة: شيء فيها أكبر من أن يتسع في صفحة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجَز</translation>
    </message>
    <message>
        <source>“%1” — perception pin, %2, %3</source>
        <comment>%2: how it felt, %3: time of day</comment>
        <translation>«%1» — دبوس إدراك، %2، %3</translation>
    </message>
    <message>
        <source>“%1” — audit point %2, %3</source>
        <comment>%3: the walk&apos;s title</comment>
        <translation>«%1» — نقطة التدقيق %2، %3</translation>
    </message>
    <message>
        <source>“%1” — audit point %2</source>
        <translation>«%1» — نقطة التدقيق %2</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>مشروع بلا عنوان</translation>
    </message>
    <message>
        <source>Other or not stated</source>
        <translation>أخرى أو غير مذكور</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>ورشة بلا عنوان</translation>
    </message>
    <message>
        <source>Audit walk</source>
        <translation>جولة التدقيق</translation>
    </message>
    <message>
        <source>Untitled walk</source>
        <translation>جولة بلا عنوان</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>الورش</translation>
    </message>
    <message>
        <source>Audit walks</source>
        <translation>جولات التدقيق</translation>
    </message>
    <message>
        <source>Audit points scored</source>
        <translation>نقاط التدقيق المقيّمة</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>audit points scored of those recorded</comment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Perception pins</source>
        <translation>دبابيس الإدراك</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <source>Voting dots placed</source>
        <translation>نقاط التصويت الموضوعة</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>مقترح بلا عنوان</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>an action&apos;s first and last day</comment>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>an action&apos;s first day</comment>
        <translation>من %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>an action&apos;s last day</comment>
        <translation>حتى %1</translation>
    </message>
    <message>
        <source>Audit point %1: %2</source>
        <comment>%2: the walk</comment>
        <translation>نقطة التدقيق %1: %2</translation>
    </message>
    <message>
        <source>Audit points %1: %2</source>
        <comment>%1: their numbers, %2: the walk</comment>
        <translation>نقاط التدقيق %1: %2</translation>
    </message>
    <message>
        <source>Audit point %1</source>
        <translation>نقطة التدقيق %1</translation>
    </message>
    <message>
        <source>Audit points %1</source>
        <comment>%1: their numbers</comment>
        <translation>نقاط التدقيق %1</translation>
    </message>
    <message>
        <source>Proposal %1: %2</source>
        <comment>%1: its number, %2: its title</comment>
        <translation>المقترح %1: %2</translation>
    </message>
    <message>
        <source>Proposal %1: untitled</source>
        <translation>المقترح %1: بلا عنوان</translation>
    </message>
    <message>
        <source>Perception pin: %1, %2</source>
        <comment>%1: how it felt, %2: time of day</comment>
        <translation>دبوس إدراك: %1، %2</translation>
    </message>
    <message>
        <source>Recorded incident: %1</source>
        <comment>%1: its category, as imported</comment>
        <translation>حادثة مسجلة: %1</translation>
    </message>
    <message>
        <source>Recorded incident: uncategorised</source>
        <translation>حادثة مسجلة: غير مصنفة</translation>
    </message>
    <message>
        <source>untitled walk</source>
        <translation>جولة بلا عنوان</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a walk&apos;s title (its time of day)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <comment>a criteria set&apos;s name and version</comment>
        <translation>%1، الإصدار %2</translation>
    </message>
    <message>
        <source>The diagnosis was made together with the people who use these streets. Small groups walked agreed routes by day and again after dark and scored each stop on a fixed set of criteria (0 = poor to 3 = good); participants marked where they feel safe or unsafe on a map and said why; groups then sketched proposals and placed voting dots on those they thought most important. The actions below were drawn from those proposals and agreed with the partners who will carry them out.</source>
        <translation>أُجري التشخيص بالاشتراك مع الأشخاص الذين يستخدمون هذه الشوارع. سارت مجموعات صغيرة في مسارات متفق عليها نهاراً ثم مرة أخرى بعد حلول الظلام، وقيّمت كل محطة وفق مجموعة ثابتة من المعايير (من 0 = ضعيف إلى 3 = جيد)؛ وحدّد المشاركون والمشاركات على خريطة الأماكن التي يشعرون فيها بالأمان أو بعدم الأمان وذكروا السبب؛ ثم رسمت المجموعات مقترحات ووضعت نقاط تصويت على ما رأته الأهم. استُمدّت الإجراءات أدناه من تلك المقترحات واتُّفق عليها مع الشركاء الذين سينفذونها.</translation>
    </message>
    <message>
        <source>Counts of fewer than %1 people, and counts from which one could be worked out, are hidden. This plan names no participant and gives no contact details. This public version leaves out every story, comment and note.</source>
        <translation>تُخفى الأعداد التي تقل عن %1 أشخاص، والأعداد التي يمكن أن يُستنتج منها أحدها. لا تذكر هذه الخطة اسم أي مشارك ولا تقدّم أي بيانات اتصال. تستبعد هذه النسخة العامة كل القصص والتعليقات والملاحظات.</translation>
    </message>
    <message>
        <source>Counts of fewer than %1 people, and counts from which one could be worked out, are hidden. This plan names no participant and gives no contact details.</source>
        <translation>تُخفى الأعداد التي تقل عن %1 أشخاص، والأعداد التي يمكن أن يُستنتج منها أحدها. لا تذكر هذه الخطة اسم أي مشارك ولا تقدّم أي بيانات اتصال.</translation>
    </message>
    <message>
        <source>Prepared with CoSafe on %1.</source>
        <translation>أُعدّت باستخدام CoSafe في %1.</translation>
    </message>
    <message>
        <source>participants</source>
        <comment>under a big number on the cover</comment>
        <translation>مشاركون ومشاركات</translation>
    </message>
    <message>
        <source>audit points scored</source>
        <comment>under a big number on the cover</comment>
        <translation>نقاط تدقيق مقيّمة</translation>
    </message>
    <message>
        <source>perception pins</source>
        <comment>under a big number on the cover</comment>
        <translation>دبابيس إدراك</translation>
    </message>
    <message>
        <source>proposals</source>
        <comment>under a big number on the cover</comment>
        <translation>مقترحات</translation>
    </message>
    <message>
        <source>actions</source>
        <comment>under a big number on the cover</comment>
        <translation>إجراءات</translation>
    </message>
    <message>
        <source>partners</source>
        <comment>under a big number on the cover</comment>
        <translation>شركاء</translation>
    </message>
    <message>
        <source>1  Method and participation</source>
        <translation>1  المنهجية والمشاركة</translation>
    </message>
    <message>
        <source>Workshops and walks</source>
        <translation>الورش والجولات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants signed in, recorded only by gender, age band and role. Categories with fewer than %1 people are counted together as “Other or not stated”; a count that is still below %1, or from which one could be worked out, is “hidden”.</source>
        <translation>
            <numerusform>سُجّل حضور %Ln مشارك، مسجلين فقط حسب الجنس والفئة العمرية والدور. تُجمع الفئات التي تضم أقل من %1 أشخاص معاً تحت «أخرى أو غير مذكور»؛ وأي عدد يبقى أقل من %1، أو يمكن أن يُستنتج منه أحدها، يكون «مخفياً».</numerusform>
            <numerusform>سُجّل حضور %Ln مشارك، مسجلين فقط حسب الجنس والفئة العمرية والدور. تُجمع الفئات التي تضم أقل من %1 أشخاص معاً تحت «أخرى أو غير مذكور»؛ وأي عدد يبقى أقل من %1، أو يمكن أن يُستنتج منه أحدها، يكون «مخفياً».</numerusform>
            <numerusform>سُجّل حضور %Ln مشاركَين، مسجلين فقط حسب الجنس والفئة العمرية والدور. تُجمع الفئات التي تضم أقل من %1 أشخاص معاً تحت «أخرى أو غير مذكور»؛ وأي عدد يبقى أقل من %1، أو يمكن أن يُستنتج منه أحدها، يكون «مخفياً».</numerusform>
            <numerusform>سُجّل حضور %Ln مشاركين، مسجلين فقط حسب الجنس والفئة العمرية والدور. تُجمع الفئات التي تضم أقل من %1 أشخاص معاً تحت «أخرى أو غير مذكور»؛ وأي عدد يبقى أقل من %1، أو يمكن أن يُستنتج منه أحدها، يكون «مخفياً».</numerusform>
            <numerusform>سُجّل حضور %Ln مشارك، مسجلين فقط حسب الجنس والفئة العمرية والدور. تُجمع الفئات التي تضم أقل من %1 أشخاص معاً تحت «أخرى أو غير مذكور»؛ وأي عدد يبقى أقل من %1، أو يمكن أن يُستنتج منه أحدها، يكون «مخفياً».</numerusform>
            <numerusform>سُجّل حضور %Ln مشارك، مسجلين فقط حسب الجنس والفئة العمرية والدور. تُجمع الفئات التي تضم أقل من %1 أشخاص معاً تحت «أخرى أو غير مذكور»؛ وأي عدد يبقى أقل من %1، أو يمكن أن يُستنتج منه أحدها، يكون «مخفياً».</numerusform>
        </translation>
    </message>
    <message>
        <source>%2 participants signed in, recorded only by gender, age band and role. Categories with fewer than %1 people are counted together as “Other or not stated”; a count that is still below %1, or from which one could be worked out, is “hidden”.</source>
        <comment>%2: “hidden”, as the count is too small to show</comment>
        <translation>سُجّل حضور %2 من المشاركين، مسجلين فقط حسب الجنس والفئة العمرية والدور. تُجمع الفئات التي تضم أقل من %1 أشخاص معاً تحت «أخرى أو غير مذكور»؛ وأي عدد يبقى أقل من %1، أو يمكن أن يُستنتج منه أحدها، يكون «مخفياً».</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>من شارك</translation>
    </message>
    <message>
        <source>2  Diagnosis</source>
        <translation>2  التشخيص</translation>
    </message>
    <message>
        <source>No audit scores or perception pins were recorded yet.</source>
        <translation>لم تُسجَّل أي درجات تدقيق أو دبابيس إدراك بعد.</translation>
    </message>
    <message>
        <source>Scores by criterion</source>
        <translation>الدرجات حسب المعيار</translation>
    </message>
    <message>
        <source>Share of audit scores from 0 (poor) to 3 (good) for each criterion; n = scores given. Feeling is the outcome the other criteria are read against.</source>
        <translation>نسبة درجات التدقيق من 0 (ضعيف) إلى 3 (جيد) لكل معيار؛ n = عدد الدرجات المعطاة. الشعور هو النتيجة التي تُقرأ المعايير الأخرى في ضوئها.</translation>
    </message>
    <message>
        <source>Mean 0–5 safety score of the audit points walked by each group. Groups of fewer than %1 people are not shown.</source>
        <translation>متوسط درجة السلامة (0–5) لنقاط التدقيق التي مرت بها كل فئة. لا تُعرض الفئات التي تضم أقل من %1 أشخاص.</translation>
    </message>
    <message>
        <source>Mean safety score by gender</source>
        <translation>متوسط درجة السلامة حسب الجنس</translation>
    </message>
    <message>
        <source>Mean safety score by age band</source>
        <translation>متوسط درجة السلامة حسب الفئة العمرية</translation>
    </message>
    <message>
        <source>Mean safety score</source>
        <translation>متوسط درجة السلامة</translation>
    </message>
    <message>
        <source>Share of pins marked unsafe</source>
        <translation>نسبة الدبابيس المعلَّمة غير آمنة</translation>
    </message>
    <message>
        <source>Day and night</source>
        <translation>نهاراً وليلاً</translation>
    </message>
    <message>
        <source>By the time of day of the walk or pin.</source>
        <translation>حسب وقت اليوم للجولة أو الدبوس.</translation>
    </message>
    <message>
        <source>The same places by day and at night</source>
        <translation>الأماكن نفسها نهاراً وليلاً</translation>
    </message>
    <message>
        <source>Each place walked both by day (circle) and after dark (square); the line shows how much its safety score changes.</source>
        <translation>كل مكان تمت الجولة فيه نهاراً (دائرة) وبعد حلول الظلام (مربع)؛ يبيّن الخط مقدار تغيّر درجة سلامته.</translation>
    </message>
    <message>
        <source>What people said</source>
        <translation>ما قاله الناس</translation>
    </message>
    <message>
        <source>3  Proposals</source>
        <translation>3  المقترحات</translation>
    </message>
    <message>
        <source>No proposals were recorded.</source>
        <translation>لم تُسجَّل أي مقترحات.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals; the %1 with the most voting dots (and %2 more on the map). No. is the number beside the proposal on the map above.</source>
        <translation>
            <numerusform>%Ln مقترح؛ الـ%1 الحاصلة على أكثر نقاط التصويت (و%2 أخرى على الخريطة). «رقم» هو الرقم بجانب المقترح على الخريطة أعلاه.</numerusform>
            <numerusform>%Ln مقترح؛ الـ%1 الحاصلة على أكثر نقاط التصويت (و%2 أخرى على الخريطة). «رقم» هو الرقم بجانب المقترح على الخريطة أعلاه.</numerusform>
            <numerusform>%Ln مقترحان؛ الـ%1 الحاصلة على أكثر نقاط التصويت (و%2 أخرى على الخريطة). «رقم» هو الرقم بجانب المقترح على الخريطة أعلاه.</numerusform>
            <numerusform>%Ln مقترحات؛ الـ%1 الحاصلة على أكثر نقاط التصويت (و%2 أخرى على الخريطة). «رقم» هو الرقم بجانب المقترح على الخريطة أعلاه.</numerusform>
            <numerusform>%Ln مقترح؛ الـ%1 الحاصلة على أكثر نقاط التصويت (و%2 أخرى على الخريطة). «رقم» هو الرقم بجانب المقترح على الخريطة أعلاه.</numerusform>
            <numerusform>%Ln مقترح؛ الـ%1 الحاصلة على أكثر نقاط التصويت (و%2 أخرى على الخريطة). «رقم» هو الرقم بجانب المقترح على الخريطة أعلاه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals; the %1 with the most voting dots. No. is the number beside the proposal on the map above.</source>
        <translation>
            <numerusform>%Ln مقترح؛ الـ%1 الحاصلة على أكثر نقاط التصويت. «رقم» هو الرقم بجانب المقترح على الخريطة أعلاه.</numerusform>
            <numerusform>%Ln مقترح؛ الـ%1 الحاصلة على أكثر نقاط التصويت. «رقم» هو الرقم بجانب المقترح على الخريطة أعلاه.</numerusform>
            <numerusform>%Ln مقترحان؛ الـ%1 الحاصلة على أكثر نقاط التصويت. «رقم» هو الرقم بجانب المقترح على الخريطة أعلاه.</numerusform>
            <numerusform>%Ln مقترحات؛ الـ%1 الحاصلة على أكثر نقاط التصويت. «رقم» هو الرقم بجانب المقترح على الخريطة أعلاه.</numerusform>
            <numerusform>%Ln مقترح؛ الـ%1 الحاصلة على أكثر نقاط التصويت. «رقم» هو الرقم بجانب المقترح على الخريطة أعلاه.</numerusform>
            <numerusform>%Ln مقترح؛ الـ%1 الحاصلة على أكثر نقاط التصويت. «رقم» هو الرقم بجانب المقترح على الخريطة أعلاه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most voted proposals</source>
        <translation>المقترحات الأكثر تصويتاً</translation>
    </message>
    <message>
        <source>4  Action plan</source>
        <translation>4  خطة العمل</translation>
    </message>
    <message>
        <source>No actions have been agreed yet.</source>
        <translation>لم يُتفق على أي إجراءات بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions in priority order (1 = highest, from the community&apos;s votes or agreed). Estimated cost of those costed: %1.</source>
        <translation>
            <numerusform>%Ln إجراء مرتبة حسب الأولوية (1 = الأعلى، من أصوات المجتمع أو بالاتفاق). التكلفة التقديرية لما قُدّرت تكلفته: %1.</numerusform>
            <numerusform>%Ln إجراء مرتبة حسب الأولوية (1 = الأعلى، من أصوات المجتمع أو بالاتفاق). التكلفة التقديرية لما قُدّرت تكلفته: %1.</numerusform>
            <numerusform>%Ln إجراءان مرتبة حسب الأولوية (1 = الأعلى، من أصوات المجتمع أو بالاتفاق). التكلفة التقديرية لما قُدّرت تكلفته: %1.</numerusform>
            <numerusform>%Ln إجراءات مرتبة حسب الأولوية (1 = الأعلى، من أصوات المجتمع أو بالاتفاق). التكلفة التقديرية لما قُدّرت تكلفته: %1.</numerusform>
            <numerusform>%Ln إجراء مرتبة حسب الأولوية (1 = الأعلى، من أصوات المجتمع أو بالاتفاق). التكلفة التقديرية لما قُدّرت تكلفته: %1.</numerusform>
            <numerusform>%Ln إجراء مرتبة حسب الأولوية (1 = الأعلى، من أصوات المجتمع أو بالاتفاق). التكلفة التقديرية لما قُدّرت تكلفته: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions in priority order (1 = highest, from the community&apos;s votes or agreed).</source>
        <translation>
            <numerusform>%Ln إجراء مرتبة حسب الأولوية (1 = الأعلى، من أصوات المجتمع أو بالاتفاق).</numerusform>
            <numerusform>%Ln إجراء مرتبة حسب الأولوية (1 = الأعلى، من أصوات المجتمع أو بالاتفاق).</numerusform>
            <numerusform>%Ln إجراءان مرتبة حسب الأولوية (1 = الأعلى، من أصوات المجتمع أو بالاتفاق).</numerusform>
            <numerusform>%Ln إجراءات مرتبة حسب الأولوية (1 = الأعلى، من أصوات المجتمع أو بالاتفاق).</numerusform>
            <numerusform>%Ln إجراء مرتبة حسب الأولوية (1 = الأعلى، من أصوات المجتمع أو بالاتفاق).</numerusform>
            <numerusform>%Ln إجراء مرتبة حسب الأولوية (1 = الأعلى، من أصوات المجتمع أو بالاتفاق).</numerusform>
        </translation>
    </message>
    <message>
        <source>5  Stakeholders</source>
        <translation>5  أصحاب المصلحة</translation>
    </message>
    <message>
        <source>No stakeholders are registered yet.</source>
        <translation>لم يُسجَّل أي أصحاب مصلحة بعد.</translation>
    </message>
    <message>
        <source>Who can make the actions happen: each stakeholder&apos;s influence over the outcome and interest in it, scored 1–5. Numbers refer to the table below.</source>
        <translation>من يستطيع تحقيق الإجراءات: تأثير كل صاحب مصلحة على النتيجة واهتمامه بها، بدرجات من 1 إلى 5. تشير الأرقام إلى الجدول أدناه.</translation>
    </message>
    <message>
        <source>Influence and interest</source>
        <translation>التأثير والاهتمام</translation>
    </message>
    <message>
        <source>Register</source>
        <comment>the list of stakeholders</comment>
        <translation>السجل</translation>
    </message>
    <message>
        <source>6  Monitoring</source>
        <translation>6  الرصد</translation>
    </message>
    <message>
        <source>No actions to monitor yet.</source>
        <translation>لا إجراءات لرصدها بعد.</translation>
    </message>
    <message>
        <source>How each action will be judged: its indicator, where it starts (the baseline, often the mean safety score at its places today) and the target. Re-audit the same places after the work to compare.</source>
        <translation>كيف سيُقيَّم كل إجراء: مؤشره، ونقطة انطلاقه (خط الأساس، وهو غالباً متوسط درجة السلامة في أماكنه اليوم) والهدف. أعِد تدقيق الأماكن نفسها بعد العمل للمقارنة.</translation>
    </message>
    <message>
        <source>Appendix: audit criteria and the safety score</source>
        <translation>ملحق: معايير التدقيق ودرجة السلامة</translation>
    </message>
    <message>
        <source>Criteria set: %1.</source>
        <translation>مجموعة المعايير: %1.</translation>
    </message>
    <message>
        <source>The safety score</source>
        <translation>درجة السلامة</translation>
    </message>
    <message>
        <source>The formula is CoSafe&apos;s own and is stated here so that anyone can recompute the scores.</source>
        <translation>الصيغة خاصة بـCoSafe، وهي مذكورة هنا ليتمكن أي شخص من إعادة حساب الدرجات.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <comment>places or partners not listed</comment>
        <translation>
            <numerusform>و%Ln عنصر أخرى</numerusform>
            <numerusform>و%Ln عنصر أخرى</numerusform>
            <numerusform>و%Ln عنصران أخرى</numerusform>
            <numerusform>و%Ln عناصر أخرى</numerusform>
            <numerusform>و%Ln عنصر أخرى</numerusform>
            <numerusform>و%Ln عنصر أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Responsible / supporting</source>
        <translation>المسؤول / الداعمون</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>no one yet</source>
        <comment>no partner responsible for the action</comment>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>with %1</source>
        <comment>%1: the supporting partners</comment>
        <translation>مع %1</translation>
    </message>
    <message>
        <source>Total estimated cost</source>
        <translation>إجمالي التكلفة التقديرية</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>صاحب المصلحة</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>التأثير</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>الاهتمام</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <comment>a score out of 5</comment>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>the number of a proposal on the map</comment>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <source>CPTED principle</source>
        <translation>مبدأ CPTED</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>التدخل</translation>
    </message>
    <message>
        <source>Dots</source>
        <comment>voting dots</comment>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Place / time of day</source>
        <translation>المكان / وقت اليوم</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الناس</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>لا شيء مسجل</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>A score of 3 (good) means</source>
        <translation>الدرجة 3 (جيد) تعني</translation>
    </message>
    <message>
        <source>Used as</source>
        <translation>يُستخدم بوصفه</translation>
    </message>
    <message>
        <source>outcome (not in the score)</source>
        <translation>نتيجة (ليس ضمن الدرجة)</translation>
    </message>
    <message>
        <source>part of the safety score</source>
        <translation>جزء من درجة السلامة</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Voting is on the presentation screen.</source>
        <translation>التصويت معروض على شاشة العرض.</translation>
    </message>
</context>
<context>
    <name>PresentationLegend</name>
    <message>
        <source>Feels safe (pin)</source>
        <translation>الشعور بالأمان (دبوس)</translation>
    </message>
    <message>
        <source>Feels unsafe (pin)</source>
        <translation>الشعور بعدم الأمان (دبوس)</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>معيّن</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>مثلث</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — drawing now</source>
        <comment>the active group</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; — ترسم الآن</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>CoSafe — Presentation</source>
        <translation>CoSafe — العرض</translation>
    </message>
    <message>
        <source>Workshop and Group</source>
        <translation>الورشة والمجموعة</translation>
    </message>
    <message>
        <source>End Presentation (Esc)</source>
        <translation>إنهاء العرض (Esc)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>الأدوات</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>التصويت</translation>
    </message>
    <message>
        <source>Show the dot voting and the ranking beside the map</source>
        <translation>عرض التصويت بالنقاط والترتيب بجانب الخريطة</translation>
    </message>
</context>
<context>
    <name>PrincipleBars</name>
    <message>
        <source>%1: %2</source>
        <comment>a CPTED principle: how many proposals serve it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PrintAuditSheetsDialog</name>
    <message>
        <source>Print Audit Sheets</source>
        <translation>طباعة أوراق التدقيق</translation>
    </message>
    <message>
        <source>A sheet is printed for every three points of the walk (five on A3)</source>
        <translation>تُطبع ورقة لكل ثلاث نقاط من الجولة (خمس على A3)</translation>
    </message>
    <message>
        <source>A4 (a clipboard)</source>
        <translation>A4 (لوح كتابة)</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>audit sheets</source>
        <translation>أوراق التدقيق</translation>
    </message>
    <message>
        <source>Audit walk:</source>
        <translation>جولة التدقيق:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>الورق:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>حفظ باسم:</translation>
    </message>
    <message>
        <source>&amp;Print to PDF</source>
        <translation>طباعة إلى PDF</translation>
    </message>
    <message>
        <source>Save Audit Sheets As</source>
        <translation>حفظ أوراق التدقيق باسم</translation>
    </message>
    <message>
        <source>The audit sheets were not printed</source>
        <translation>لم تُطبع أوراق التدقيق</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit sheets written to %1</source>
        <translation>
            <numerusform>كُتبت %Ln ورقة تدقيق في %1</numerusform>
            <numerusform>كُتبت ورقة تدقيق واحدة (%Ln) في %1</numerusform>
            <numerusform>كُتبت %Ln ورقتا تدقيق في %1</numerusform>
            <numerusform>كُتبت %Ln أوراق تدقيق في %1</numerusform>
            <numerusform>كُتبت %Ln ورقة تدقيق في %1</numerusform>
            <numerusform>كُتبت %Ln ورقة تدقيق في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit sheets printed</source>
        <translation>طُبعت أوراق التدقيق</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>فتح المجلد</translation>
    </message>
</context>
<context>
    <name>PrintSheetsDialog</name>
    <message>
        <source>Print Group Maps</source>
        <translation>طباعة خرائط المجموعات</translation>
    </message>
    <message>
        <source>One sheet is printed for each ticked group</source>
        <translation>تُطبع ورقة لكل مجموعة محددة</translation>
    </message>
    <message>
        <source>A3 (a table of 4–6 people)</source>
        <translation>A3 (طاولة من 4–6 أشخاص)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A2 (a large table)</source>
        <translation>A2 (طاولة كبيرة)</translation>
    </message>
    <message>
        <source>group maps</source>
        <translation>خرائط المجموعات</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>الورشة:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>المجموعات:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>الورق:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>حفظ باسم:</translation>
    </message>
    <message>
        <source>&amp;Print to PDF</source>
        <translation>طباعة إلى PDF</translation>
    </message>
    <message>
        <source>Save Group Maps As</source>
        <translation>حفظ خرائط المجموعات باسم</translation>
    </message>
    <message>
        <source>The group maps were not printed</source>
        <translation>لم تُطبع خرائط المجموعات</translation>
    </message>
    <message numerus="yes">
        <source>Writing %Ln group maps</source>
        <translation>
            <numerusform>كتابة %Ln خريطة مجموعات</numerusform>
            <numerusform>كتابة %Ln خريطة مجموعات</numerusform>
            <numerusform>كتابة %Ln خريطة مجموعات</numerusform>
            <numerusform>كتابة %Ln خرائط مجموعات</numerusform>
            <numerusform>كتابة %Ln خريطة مجموعات</numerusform>
            <numerusform>كتابة %Ln خريطة مجموعات</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing group maps…</source>
        <translation>جارٍ طباعة خرائط المجموعات…</translation>
    </message>
    <message>
        <source>Printing cancelled; no file was written</source>
        <translation>أُلغيت الطباعة؛ لم يُكتب أي ملف</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group maps written to %1</source>
        <translation>
            <numerusform>كُتبت %Ln خريطة مجموعات في %1</numerusform>
            <numerusform>كُتبت %Ln خريطة مجموعات في %1</numerusform>
            <numerusform>كُتبت %Ln خريطة مجموعات في %1</numerusform>
            <numerusform>كُتبت %Ln خرائط مجموعات في %1</numerusform>
            <numerusform>كُتبت %Ln خريطة مجموعات في %1</numerusform>
            <numerusform>كُتبت %Ln خريطة مجموعات في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Group maps printed</source>
        <translation>طُبعت خرائط المجموعات</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>فتح المجلد</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>hidden</source>
        <translation>مخفي</translation>
    </message>
    <message>
        <source>The suppression threshold must be between %1 and %2 people: a figure for fewer than %1 could name them</source>
        <translation>يجب أن تكون عتبة الإخفاء بين %1 و%2 شخصاً: قد يكشف رقمٌ لأقل من %1 هويتهم</translation>
    </message>
    <message>
        <source>The blur grid must be more than 0 m, not %1</source>
        <translation>يجب أن تكون شبكة التمويه أكبر من 0 م، وليس %1</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>“%1” is not a currency code: use an ISO 4217 code such as KES, BRL, EUR or XOF</source>
        <translation>«%1» ليس رمز عملة: استخدم رمز ISO 4217 مثل KES أو BRL أو EUR أو XOF</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a currency&apos;s code and name: “KES — Kenyan Shilling”</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1: %2</source>
        <comment>a table, then what is wrong in it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>application_id is %1, not GPKG</source>
        <translation>application_id هو %1، وليس GPKG</translation>
    </message>
    <message>
        <source>user_version is %1, expected %2 or later</source>
        <translation>user_version هو %1، والمتوقع %2 أو أحدث</translation>
    </message>
    <message>
        <source>required table is missing</source>
        <translation>جدول مطلوب مفقود</translation>
    </message>
    <message>
        <source>SRS %1 is not defined</source>
        <translation>نظام الإسناد المكاني %1 غير معرَّف</translation>
    </message>
    <message>
        <source>registered in gpkg_contents but missing</source>
        <translation>مسجل في gpkg_contents لكنه مفقود</translation>
    </message>
    <message>
        <source>feature table has no geometry column registered</source>
        <translation>جدول المعالم لا يحتوي على عمود هندسة مسجل</translation>
    </message>
    <message>
        <source>geometry uses undefined SRS %1</source>
        <translation>تستخدم الهندسة نظام إسناد مكاني غير معرَّف %1</translation>
    </message>
    <message>
        <source>its registered geometry column is not a column of a table</source>
        <translation>عمود الهندسة المسجل ليس عموداً في جدول</translation>
    </message>
    <message>
        <source>spatial index (R-tree) is missing</source>
        <translation>الفهرس المكاني (R-tree) مفقود</translation>
    </message>
    <message>
        <source>R-tree trigger %1 is missing</source>
        <translation>مشغّل R-tree %1 مفقود</translation>
    </message>
    <message numerus="yes">
        <source>spatial index holds %1 entries for %Ln geometries</source>
        <translation>
            <numerusform>يحتوي الفهرس المكاني على %1 مدخلات لـ%Ln هندسة</numerusform>
            <numerusform>يحتوي الفهرس المكاني على %1 مدخلات لـ%Ln هندسة</numerusform>
            <numerusform>يحتوي الفهرس المكاني على %1 مدخلات لـ%Ln هندستين</numerusform>
            <numerusform>يحتوي الفهرس المكاني على %1 مدخلات لـ%Ln هندسات</numerusform>
            <numerusform>يحتوي الفهرس المكاني على %1 مدخلات لـ%Ln هندسة</numerusform>
            <numerusform>يحتوي الفهرس المكاني على %1 مدخلات لـ%Ln هندسة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file</source>
        <translation>%1 مجلد، وليس ملف مشروع</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a CoSafe project: it is not an SQLite/GeoPackage file</source>
        <translation>%1 ليس مشروع CoSafe: ليس ملف SQLite/GeoPackage</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a GeoPackage, so not a CoSafe project</source>
        <translation>%1 قاعدة بيانات SQLite لكنه ليس GeoPackage، فليس مشروع CoSafe</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>تعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: the SQLite integrity check failed</source>
        <translation>%1 تالف: فشل فحص سلامة SQLite</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a GeoPackage with %Ln layers: %2, but not a CoSafe project</source>
        <translation>
            <numerusform>%1 ملف GeoPackage يحتوي على %Ln طبقة: %2، لكنه ليس مشروع CoSafe</numerusform>
            <numerusform>%1 ملف GeoPackage يحتوي على %Ln طبقة: %2، لكنه ليس مشروع CoSafe</numerusform>
            <numerusform>%1 ملف GeoPackage يحتوي على %Ln طبقتين: %2، لكنه ليس مشروع CoSafe</numerusform>
            <numerusform>%1 ملف GeoPackage يحتوي على %Ln طبقات: %2، لكنه ليس مشروع CoSafe</numerusform>
            <numerusform>%1 ملف GeoPackage يحتوي على %Ln طبقة: %2، لكنه ليس مشروع CoSafe</numerusform>
            <numerusform>%1 ملف GeoPackage يحتوي على %Ln طبقة: %2، لكنه ليس مشروع CoSafe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a GeoPackage, but not a CoSafe project</source>
        <translation>%1 ملف GeoPackage، لكنه ليس مشروع CoSafe</translation>
    </message>
    <message>
        <source>%1 took too long to read, so it was refused</source>
        <translation>استغرقت قراءة %1 وقتاً طويلاً، فرُفض</translation>
    </message>
    <message>
        <source>%1 is damaged: its tables cannot be read</source>
        <translation>%1 تالف: تعذّرت قراءة جداوله</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no CoSafe schema version</source>
        <translation>%1 تالف: لا يحتوي على إصدار مخطط CoSafe</translation>
    </message>
    <message>
        <source>%1 was made by a newer CoSafe (project format %2; this version reads up to %3): update CoSafe to open it</source>
        <translation>أُنشئ %1 بإصدار أحدث من CoSafe (صيغة المشروع %2؛ يقرأ هذا الإصدار حتى %3): حدّث CoSafe لفتحه</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>الملف للقراءة فقط</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>مجلده للقراءة فقط</translation>
    </message>
    <message>
        <source>Folder %1 does not exist</source>
        <translation>المجلد %1 غير موجود</translation>
    </message>
    <message>
        <source>Could not write the new project</source>
        <translation>تعذّرت كتابة المشروع الجديد</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>مفتوح للقراءة فقط</translation>
    </message>
    <message>
        <source>%1 is already open in another CoSafe window; it can be opened read-only</source>
        <translation>%1 مفتوح بالفعل في نافذة CoSafe أخرى؛ يمكن فتحه للقراءة فقط</translation>
    </message>
    <message>
        <source>%1; an older format, upgraded in memory only</source>
        <comment>%1 is why the file is read-only</comment>
        <translation>%1؛ صيغة أقدم، رُقّيت في الذاكرة فقط</translation>
    </message>
    <message>
        <source>The project is read-only (%1); nothing was changed</source>
        <translation>المشروع للقراءة فقط (%1)؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>لم يُحفظ التغيير: %1</translation>
    </message>
    <message>
        <source>The project file was moved or deleted while open, so the change was not saved; use File › Save As to keep a copy</source>
        <translation>نُقل ملف المشروع أو حُذف أثناء فتحه، فلم يُحفظ التغيير؛ استخدم ملف › حفظ باسم للاحتفاظ بنسخة</translation>
    </message>
    <message>
        <source>Choose a different file name to save a copy</source>
        <translation>اختر اسم ملف مختلفاً لحفظ نسخة</translation>
    </message>
    <message>
        <source>The photos were cleaned, but the file was not rewritten</source>
        <translation>نُظّفت الصور، لكن الملف لم تُعد كتابته</translation>
    </message>
    <message>
        <source>The traces were not removed</source>
        <translation>لم تُزل الآثار</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <comment>a problem SQLite&apos;s integrity check found</comment>
        <translation>السلامة: %1</translation>
    </message>
    <message>
        <source>GeoPackage: %1</source>
        <comment>a problem of the GeoPackage structure</comment>
        <translation>GeoPackage: %1</translation>
    </message>
    <message>
        <source>schema: version %1, expected %2</source>
        <translation>المخطط: الإصدار %1، والمتوقع %2</translation>
    </message>
    <message>
        <source>records: %1</source>
        <comment>a record that is not one CoSafe writes</comment>
        <translation>السجلات: %1</translation>
    </message>
    <message numerus="yes">
        <source>records: checking stopped after %Ln bad records</source>
        <translation>
            <numerusform>السجلات: توقف الفحص بعد %Ln سجل تالف</numerusform>
            <numerusform>السجلات: توقف الفحص بعد %Ln سجل تالف</numerusform>
            <numerusform>السجلات: توقف الفحص بعد %Ln سجلين تالفين</numerusform>
            <numerusform>السجلات: توقف الفحص بعد %Ln سجلات تالفة</numerusform>
            <numerusform>السجلات: توقف الفحص بعد %Ln سجل تالف</numerusform>
            <numerusform>السجلات: توقف الفحص بعد %Ln سجل تالف</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 موجود بالفعل</translation>
    </message>
    <message>
        <source>%1 is open in another CoSafe window; close it there first</source>
        <translation>%1 مفتوح في نافذة CoSafe أخرى؛ أغلقه هناك أولاً</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>لم تُحفظ النسخة</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read to upgrade it in memory: %2</source>
        <translation>تعذّرت قراءة %1 لترقيته في الذاكرة: %2</translation>
    </message>
    <message>
        <source>Could not make a backup before upgrading</source>
        <translation>تعذّر إنشاء نسخة احتياطية قبل الترقية</translation>
    </message>
    <message>
        <source>Upgrading the project failed and was undone (the file is as it was, and no backup was kept): %1</source>
        <translation>فشلت ترقية المشروع وأُلغيت (الملف كما كان، ولم يُحتفظ بنسخة احتياطية): %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what failed, then why: “The copy was not saved: the disk is full”</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the file cannot be written (read-only)</source>
        <translation>تتعذّر الكتابة في الملف (للقراءة فقط)</translation>
    </message>
    <message>
        <source>the file is locked by another program</source>
        <translation>الملف مقفل من برنامج آخر</translation>
    </message>
    <message>
        <source>the disk could not be written (I/O error; was the USB stick removed?)</source>
        <translation>تعذّرت الكتابة على القرص (خطأ إدخال/إخراج؛ هل أُزيلت ذاكرة USB؟)</translation>
    </message>
    <message>
        <source>a value is out of its allowed range (%1)</source>
        <translation>قيمة خارج نطاقها المسموح (%1)</translation>
    </message>
    <message>
        <source>a record with the same identity already exists</source>
        <translation>يوجد بالفعل سجل بالهوية نفسها</translation>
    </message>
    <message>
        <source>%1 record feature %2: %3</source>
        <comment>a table, a basemap feature&apos;s number, what is wrong in it</comment>
        <translation>%1، سجل المعلم %2: %3</translation>
    </message>
    <message>
        <source>%1 record %2: %3</source>
        <comment>a table, a record&apos;s UUID, what is wrong in it</comment>
        <translation>%1، السجل %2: %3</translation>
    </message>
    <message>
        <source>its geometry is not a GeoPackage geometry</source>
        <translation>هندسته ليست هندسة GeoPackage</translation>
    </message>
    <message>
        <source>its layer or style class is not text</source>
        <translation>طبقته أو فئة نمطه ليست نصاً</translation>
    </message>
    <message>
        <source>its name is not text</source>
        <translation>اسمه ليس نصاً</translation>
    </message>
    <message>
        <source>its columns are not the ones CoSafe declares, so its records cannot be read</source>
        <translation>أعمدته ليست التي يعلنها CoSafe، فتتعذّر قراءة سجلاته</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 أو 1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>بيانات ثنائية</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last two kinds of value a column takes: “a whole number or text”</comment>
        <translation>%1 أو %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between kinds of value</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <comment>a column, the value it holds, what it should hold</comment>
        <translation>%1 قيمته %2، وليس %3</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>تاريخ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a date and time (YYYY-MM-DDTHH:MM:SS.SSSZ)</source>
        <translation>تاريخ ووقت (YYYY-MM-DDTHH:MM:SS.SSSZ)</translation>
    </message>
    <message>
        <source>it does not have the columns of its table</source>
        <translation>لا يحتوي على أعمدة جدوله</translation>
    </message>
    <message>
        <source>JSON text</source>
        <translation>نص JSON</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <comment>%1 is a column</comment>
        <translation>%1 ليس JSON صالحاً</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <comment>%1 is a column</comment>
        <translation>%1 ليس كائن JSON</translation>
    </message>
    <message>
        <source>%1 is not a JSON list</source>
        <comment>%1 is a column</comment>
        <translation>%1 ليس قائمة JSON</translation>
    </message>
    <message>
        <source>%1 holds something other than text</source>
        <comment>%1 is a column</comment>
        <translation>يحتوي %1 على شيء غير النص</translation>
    </message>
    <message>
        <source>empty (NULL)</source>
        <translation>فارغ (NULL)</translation>
    </message>
    <message>
        <source>its geometry cannot be read</source>
        <translation>تتعذّر قراءة هندسته</translation>
    </message>
    <message>
        <source>its geometry is not a %1</source>
        <comment>%1 is a GeoPackage geometry type: “multipolygon”</comment>
        <translation>هندسته ليست %1</translation>
    </message>
    <message>
        <source>%1 is empty (NULL) where a value is needed</source>
        <comment>%1 is a column</comment>
        <translation>%1 فارغ (NULL) حيث يلزم وجود قيمة</translation>
    </message>
    <message>
        <source>a value is empty (NULL) where a value is needed</source>
        <translation>قيمة فارغة (NULL) حيث يلزم وجود قيمة</translation>
    </message>
    <message>
        <source>a value breaks the rule %1</source>
        <comment>%1 is an SQL rule of the table</comment>
        <translation>قيمة تخالف القاعدة %1</translation>
    </message>
    <message>
        <source>a value breaks a rule of its table</source>
        <translation>قيمة تخالف قاعدة من قواعد جدولها</translation>
    </message>
    <message>
        <source>a view “%1” where a table belongs</source>
        <translation>عرض «%1» حيث يجب أن يكون جدول</translation>
    </message>
    <message>
        <source>a trigger “%1” on %2</source>
        <translation>مشغّل «%1» على %2</translation>
    </message>
    <message>
        <source>an index “%1” on %2</source>
        <translation>فهرس «%1» على %2</translation>
    </message>
    <message>
        <source>a view “%1”</source>
        <translation>عرض «%1»</translation>
    </message>
    <message>
        <source>a virtual table “%1”</source>
        <translation>جدول افتراضي «%1»</translation>
    </message>
    <message>
        <source>%1 was refused: it holds %2, which neither CoSafe nor the GeoPackage standard makes (SQL of a file&apos;s own could change records unseen or never finish)</source>
        <comment>%2 names what it holds: “a trigger “x” on proposals”</comment>
        <translation>رُفض %1: يحتوي على %2، وهو ما لا يُنشئه CoSafe ولا معيار GeoPackage (قد تغيّر أوامر SQL الخاصة بالملف السجلات خفيةً أو لا تنتهي أبداً)</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 مفتوح بالفعل</translation>
    </message>
    <message>
        <source>Not a CoSafe project</source>
        <translation>ليس مشروع CoSafe</translation>
    </message>
    <message>
        <source>%1. Start a new project with its layers as the basemap?</source>
        <translation>%1. بدء مشروع جديد بطبقاته خريطةً للأساس؟</translation>
    </message>
    <message>
        <source>Start New Project</source>
        <translation>بدء مشروع جديد</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
        <source>%1; it was removed from the recent projects</source>
        <translation>%1؛ أُزيل من المشاريع الأخيرة</translation>
    </message>
    <message>
        <source>Upgraded %1 to the current project format; the file as it was is kept as %2 (a full copy: remove it in File › Project Properties)</source>
        <translation>رُقّي %1 إلى صيغة المشروع الحالية؛ يُحتفظ بالملف كما كان باسم %2 (نسخة كاملة: أزلها من ملف › خصائص المشروع)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>two messages</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>photos cleaned</comment>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Cleaning stored photos…</source>
        <translation>جارٍ تنظيف الصور المخزنة…</translation>
    </message>
    <message>
        <source>Photos not cleaned</source>
        <translation>لم تُنظَّف الصور</translation>
    </message>
    <message>
        <source>Stored photos were not cleaned of camera data (cancelled); CoSafe cleans them the next time</source>
        <translation>لم تُنظَّف الصور المخزنة من بيانات الكاميرا (أُلغي)؛ سينظفها CoSafe في المرة القادمة</translation>
    </message>
    <message>
        <source>%1 project.gpkg</source>
        <comment>a file name</comment>
        <translation>مشروع %1.gpkg</translation>
    </message>
    <message>
        <source>New project.gpkg</source>
        <comment>a file name</comment>
        <translation>مشروع جديد.gpkg</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>تعذّر إنشاء المشروع</translation>
    </message>
    <message>
        <source>%1 is open in CoSafe; choose another file name</source>
        <translation>%1 مفتوح في CoSafe؛ اختر اسم ملف آخر</translation>
    </message>
    <message>
        <source>%1 copy.gpkg</source>
        <comment>a file name</comment>
        <translation>نسخة %1.gpkg</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>تعذّر حفظ نسخة</translation>
    </message>
    <message>
        <source>Choose a different file name to save a copy</source>
        <translation>اختر اسم ملف مختلفاً لحفظ نسخة</translation>
    </message>
    <message>
        <source>Saved a copy as %1; you are now working in the copy</source>
        <translation>حُفظت نسخة باسم %1؛ أنت تعمل الآن في النسخة</translation>
    </message>
    <message>
        <source>Remove traces of deleted records?</source>
        <translation>إزالة آثار السجلات المحذوفة؟</translation>
    </message>
    <message>
        <source>CoSafe rewrites the project file so that nothing that deleted records held can be recovered from it, and stores every photo and paper map without camera data, under a neutral name. Do this for a file that came from another laptop or an older CoSafe: what this CoSafe deletes is overwritten already. Your records and the undo history stay as they are.</source>
        <translation>يعيد CoSafe كتابة ملف المشروع بحيث لا يمكن استعادة أي شيء مما كانت تحمله السجلات المحذوفة، ويخزّن كل صورة وخريطة ورقية دون بيانات الكاميرا، وباسم محايد. افعل ذلك لملف جاء من حاسوب آخر أو من إصدار أقدم من CoSafe: ما يحذفه هذا الإصدار من CoSafe يُستبدل بالفعل. تبقى سجلاتك وسجل التراجع كما هي.</translation>
    </message>
    <message>
        <source>Remove Traces</source>
        <translation>إزالة الآثار</translation>
    </message>
    <message>
        <source>Traces not removed</source>
        <translation>لم تُزل الآثار</translation>
    </message>
    <message>
        <source>Removed the traces of deleted records from the project file. %1</source>
        <translation>أُزيلت آثار السجلات المحذوفة من ملف المشروع. %1</translation>
    </message>
    <message>
        <source>No sample project</source>
        <translation>لا مشروع نموذجي</translation>
    </message>
    <message>
        <source>This installation of CoSafe has no sample project</source>
        <translation>لا يحتوي هذا التثبيت من CoSafe على مشروع نموذجي</translation>
    </message>
    <message>
        <source>Cannot write the sample project</source>
        <translation>تعذّرت كتابة المشروع النموذجي</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a folder: what went wrong</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProjectPropertiesDialog</name>
    <message>
        <source>Counts and means for groups smaller than this, and figures from which they could be worked out, are hidden to protect participants.</source>
        <translation>تُخفى الأعداد والمتوسطات للفئات الأصغر من هذا، والأرقام التي يمكن أن تُستنتج منها، لحماية المشاركين والمشاركات.</translation>
    </message>
    <message>
        <source>The currency of every cost in the project: shown beside costs and printed in the plan</source>
        <translation>عملة كل تكلفة في المشروع: تظهر بجانب التكاليف وتُطبع في الخطة</translation>
    </message>
    <message>
        <source>The language the plan and the exports are written in, whatever language the window speaks</source>
        <translation>اللغة التي تُكتب بها الخطة والملفات المصدَّرة، أيًّا كانت لغة النافذة</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>Project Properties</source>
        <translation>خصائص المشروع</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>اسم المشروع</translation>
    </message>
    <message>
        <source>The project&apos;s name, on the window title and the plan&apos;s cover (required)</source>
        <translation>اسم المشروع، في عنوان النافذة وغلاف الخطة (مطلوب)</translation>
    </message>
    <message>
        <source>Required, e.g. Riverside safety audit 2026</source>
        <translation>مطلوب، مثلاً: تدقيق سلامة ضفة النهر 2026</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>The neighbourhood, town or city the project is about</source>
        <translation>الحي أو البلدة أو المدينة التي يتناولها المشروع</translation>
    </message>
    <message>
        <source>Neighbourhood, town or city</source>
        <translation>الحي أو البلدة أو المدينة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>What this project is for and who takes part; printed on the plan&apos;s cover</source>
        <translation>الغرض من هذا المشروع ومن يشارك فيه؛ يُطبع على غلاف الخطة</translation>
    </message>
    <message>
        <source>What this project is for, who takes part</source>
        <translation>الغرض من هذا المشروع، ومن يشارك فيه</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>ال&amp;مكان:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>Small groups threshold</source>
        <translation>عتبة الفئات الصغيرة</translation>
    </message>
    <message>
        <source> people</source>
        <comment>after the smallest number of people a group may have</comment>
        <translation> أشخاص</translation>
    </message>
    <message>
        <source>Small &amp;groups:</source>
        <translation>ال&amp;فئات الصغيرة:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>ال&amp;عملة:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>لغة التقارير</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <comment>the plan&apos;s language</comment>
        <translation>مثل لغة النافذة</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>لغة ال&amp;تقارير:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>Untitled project</source>
        <translation>مشروع بلا عنوان</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>لم يُجرَ التغيير</translation>
    </message>
    <message>
        <source>The project is read-only (%1)</source>
        <translation>المشروع للقراءة فقط (%1)</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>لم يُحفظ التغيير</translation>
    </message>
    <message>
        <source>Undo of “%1” failed</source>
        <translation>فشل التراجع عن «%1»</translation>
    </message>
    <message>
        <source>Redo of “%1” failed</source>
        <translation>فشلت إعادة «%1»</translation>
    </message>
    <message>
        <source>%1. The undo history was cleared.</source>
        <translation>%1. مُسح سجل التراجع.</translation>
    </message>
</context>
<context>
    <name>ProposalPropertiesPanel</name>
    <message>
        <source>Name this proposal, e.g. Lights on Soko St</source>
        <translation>سمِّ هذا المقترح، مثلاً: إنارة شارع السوق</translation>
    </message>
    <message>
        <source>What should change, and why it would feel safer</source>
        <translation>ما الذي ينبغي أن يتغير، ولماذا سيجعل المكان أكثر أماناً</translation>
    </message>
    <message>
        <source>Choose, or type a new type</source>
        <translation>اختر، أو اكتب نوعاً جديداً</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>CPTED principle</source>
        <translation>مبدأ CPTED</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>التدخل</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>لمن</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Rough cost</source>
        <translation>التكلفة التقريبية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Create Action from Proposal</source>
        <translation>إنشاء إجراء من المقترح</translation>
    </message>
    <message>
        <source>Add an action to the plan from this proposal, linked to it</source>
        <translation>إضافة إجراء إلى الخطة من هذا المقترح، مرتبط به</translation>
    </message>
    <message>
        <source>Select a proposal on the map or in the Proposals list to describe it here.</source>
        <translation>حدد مقترحاً على الخريطة أو في قائمة المقترحات لوصفه هنا.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals are selected. Select one to describe it here.</source>
        <translation>
            <numerusform>المحدد: %Ln مقترح. حدد مقترحاً واحداً لوصفه هنا.</numerusform>
            <numerusform>المحدد: %Ln مقترح. حدد مقترحاً واحداً لوصفه هنا.</numerusform>
            <numerusform>المحدد: %Ln مقترحان. حدد مقترحاً واحداً لوصفه هنا.</numerusform>
            <numerusform>المحدد: %Ln مقترحات. حدد مقترحاً واحداً لوصفه هنا.</numerusform>
            <numerusform>المحدد: %Ln مقترح. حدد مقترحاً واحداً لوصفه هنا.</numerusform>
            <numerusform>المحدد: %Ln مقترح. حدد مقترحاً واحداً لوصفه هنا.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group</source>
        <translation>بلا مجموعة</translation>
    </message>
    <message>
        <source>Set title of “%1”</source>
        <translation>تعيين عنوان «%1»</translation>
    </message>
    <message>
        <source>Set description of “%1”</source>
        <translation>تعيين وصف «%1»</translation>
    </message>
    <message>
        <source>Set principle of “%1”</source>
        <translation>تعيين مبدأ «%1»</translation>
    </message>
    <message>
        <source>Set intervention of “%1”</source>
        <translation>تعيين تدخل «%1»</translation>
    </message>
    <message>
        <source>Set who it is for of “%1”</source>
        <translation>تعيين الفئة المستهدفة لـ«%1»</translation>
    </message>
    <message>
        <source>Set day/night of “%1”</source>
        <translation>تعيين نهار/ليل لـ«%1»</translation>
    </message>
    <message>
        <source>Set cost of “%1”</source>
        <translation>تعيين تكلفة «%1»</translation>
    </message>
    <message>
        <source>Set status of “%1”</source>
        <translation>تعيين حالة «%1»</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>المبدأ</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>التدخل</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>لمن</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a column heading and its unit, e.g. Cost (KES)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProposalTablePanel</name>
    <message>
        <source>No proposals yet. Groups draw them on the map with the sketch tools.</source>
        <translation>لا مقترحات بعد. ترسمها المجموعات على الخريطة بأدوات الرسم.</translation>
    </message>
    <message>
        <source>Filter by workshop</source>
        <translation>تصفية حسب الورشة</translation>
    </message>
    <message>
        <source>Show only this workshop&apos;s proposals</source>
        <translation>عرض مقترحات هذه الورشة فقط</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>تصفية حسب المجموعة</translation>
    </message>
    <message>
        <source>Show only this group&apos;s proposals</source>
        <translation>عرض مقترحات هذه المجموعة فقط</translation>
    </message>
    <message>
        <source>Filter by principle</source>
        <translation>تصفية حسب المبدأ</translation>
    </message>
    <message>
        <source>Show only proposals for this CPTED principle</source>
        <translation>عرض المقترحات الخاصة بمبدأ CPTED هذا فقط</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <source>The proposals, ranked; double-click zooms the map to one</source>
        <translation>المقترحات مرتبة؛ النقر المزدوج يكبّر الخريطة إلى أحدها</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>كل الورش</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>ورشة بلا عنوان</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>كل المجموعات</translation>
    </message>
    <message>
        <source>Unnamed group</source>
        <translation>مجموعة بلا اسم</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln proposals shown</source>
        <translation>
            <numerusform>معروض %1 من %Ln مقترح</numerusform>
            <numerusform>معروض %1 من %Ln مقترح</numerusform>
            <numerusform>معروض %1 من %Ln مقترحين</numerusform>
            <numerusform>معروض %1 من %Ln مقترحات</numerusform>
            <numerusform>معروض %1 من %Ln مقترح</numerusform>
            <numerusform>معروض %1 من %Ln مقترح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals</source>
        <translation>
            <numerusform>%Ln مقترح</numerusform>
            <numerusform>%Ln مقترح</numerusform>
            <numerusform>%Ln مقترحان</numerusform>
            <numerusform>%Ln مقترحات</numerusform>
            <numerusform>%Ln مقترح</numerusform>
            <numerusform>%Ln مقترح</numerusform>
        </translation>
    </message>
    <message>
        <source>Create Action from Proposal</source>
        <translation>إنشاء إجراء من المقترح</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <source>Second-generation CPTED: the social side of safety</source>
        <translation>الجيل الثاني من CPTED: الجانب الاجتماعي للسلامة</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <comment>no CPTED principle</comment>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>All principles</source>
        <translation>كل المبادئ</translation>
    </message>
    <message>
        <source>12 ● 3: proposal no. 12 (as in the tables), 3 voting dots</source>
        <translation>12 ● 3: المقترح رقم 12 (كما في الجداول)، 3 نقاط تصويت</translation>
    </message>
    <message>
        <source>Proposals: %1</source>
        <comment>a legend row: a group&apos;s proposals</comment>
        <translation>المقترحات: %1</translation>
    </message>
    <message>
        <source>unnamed group</source>
        <translation>مجموعة بلا اسم</translation>
    </message>
    <message>
        <source>Proposals (no group)</source>
        <translation>المقترحات (بلا مجموعة)</translation>
    </message>
    <message>
        <source>Move proposal</source>
        <translation>نقل المقترح</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln proposals</source>
        <translation>
            <numerusform>نقل %Ln مقترح</numerusform>
            <numerusform>نقل %Ln مقترح</numerusform>
            <numerusform>نقل %Ln مقترحين</numerusform>
            <numerusform>نقل %Ln مقترحات</numerusform>
            <numerusform>نقل %Ln مقترح</numerusform>
            <numerusform>نقل %Ln مقترح</numerusform>
        </translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation>نقل الرأس</translation>
    </message>
    <message>
        <source>Insert vertex</source>
        <translation>إدراج رأس</translation>
    </message>
    <message>
        <source>Delete vertex</source>
        <translation>حذف الرأس</translation>
    </message>
    <message>
        <source>That change leaves the area with no inside</source>
        <translation>هذا التغيير يترك المساحة بلا داخل</translation>
    </message>
    <message>
        <source>Cannot remove that vertex: a shape needs at least a point</source>
        <translation>لا يمكن إزالة هذا الرأس: يحتاج الشكل إلى نقطة على الأقل</translation>
    </message>
    <message>
        <source>Cannot remove that vertex: a line needs at least two vertices</source>
        <translation>لا يمكن إزالة هذا الرأس: يحتاج الخط إلى رأسين على الأقل</translation>
    </message>
    <message>
        <source>Cannot remove that vertex: a shape needs at least three vertices</source>
        <translation>لا يمكن إزالة هذا الرأس: يحتاج الشكل إلى ثلاثة رؤوس على الأقل</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>مقترح بلا عنوان</translation>
    </message>
</context>
<context>
    <name>ProposalsFeature</name>
    <message>
        <source>Proposal Details</source>
        <translation>تفاصيل المقترح</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <source>Compare Groups</source>
        <translation>مقارنة المجموعات</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>التصويت</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>this laptop</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>an unnamed laptop</source>
        <translation>حاسوب بلا اسم</translation>
    </message>
    <message>
        <source>Made on: %1 · %2</source>
        <comment>%1: a laptop, %2: a group</comment>
        <translation>أُنشئ على: %1 · %2</translation>
    </message>
    <message>
        <source>Made on: %1</source>
        <comment>%1: a laptop</comment>
        <translation>أُنشئ على: %1</translation>
    </message>
    <message>
        <source>From paper sheet %1 (read on %2)</source>
        <comment>%1: the sheet&apos;s number, %2: a date</comment>
        <translation>من الورقة الورقية %1 (قُرئت في %2)</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>فصل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>يغلق اللوحة</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>يفصل اللوحة عن النافذة أو يعيد إرفاقها بها</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>إهمال</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>نعم لل&amp;كل</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>لا للك&amp;ل</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>استعادة الإعدادات الافتراضية</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>حفظ الكل</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>مرّر لليسار</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>مرّر لليمين</translation>
    </message>
</context>
<context>
    <name>RankingList</name>
    <message>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>المقترح</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 dots from %Ln voters</source>
        <translation>
            <numerusform>%1: %2 نقاط من %Ln مصوّت</numerusform>
            <numerusform>%1: %2 نقاط من %Ln مصوّت</numerusform>
            <numerusform>%1: %2 نقاط من %Ln مصوّتَين</numerusform>
            <numerusform>%1: %2 نقاط من %Ln مصوّتين</numerusform>
            <numerusform>%1: %2 نقاط من %Ln مصوّت</numerusform>
            <numerusform>%1: %2 نقاط من %Ln مصوّت</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Save As…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1. Use File › Save As to make an editable copy.</source>
        <translation>&lt;b&gt;للقراءة فقط:&lt;/b&gt; %1. استخدم ملف › حفظ باسم لإنشاء نسخة قابلة للتحرير.</translation>
    </message>
</context>
<context>
    <name>ReadSheetsDialog</name>
    <message>
        <source>Read Paper Sheets</source>
        <translation>قراءة الأوراق المطبوعة</translation>
    </message>
    <message>
        <source>Add Photos…</source>
        <translation>إضافة صور…</translation>
    </message>
    <message>
        <source>Choose a read sheet in the list to check what was found on it.</source>
        <translation>اختر ورقة مقروءة من القائمة لمراجعة ما وُجد عليها.</translation>
    </message>
    <message>
        <source>&amp;Store Sheet</source>
        <translation>حفظ الورقة</translation>
    </message>
    <message>
        <source>Add the ticked dots to the project as one step you can undo</source>
        <translation>إضافة النقاط المحددة إلى المشروع كخطوة واحدة يمكن التراجع عنها</translation>
    </message>
    <message>
        <source>Photos of Paper Sheets</source>
        <translation>صور الأوراق المطبوعة</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
        <translation>صور (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>جارٍ قراءة %1</translation>
    </message>
    <message>
        <source>Reading paper sheets…</source>
        <translation>جارٍ قراءة الأوراق المطبوعة…</translation>
    </message>
    <message>
        <source>Reading cancelled; the photos read so far are not listed</source>
        <translation>أُلغيت القراءة؛ لا تُعرض الصور التي قُرئت حتى الآن</translation>
    </message>
    <message>
        <source>The photos were not read</source>
        <translation>لم تُقرأ الصور</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a photo&apos;s file name, then why it cannot be read</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: sheet %2 (%3), stored</source>
        <translation>%1: الورقة %2 (%3)، محفوظة</translation>
    </message>
    <message>
        <source>%1: sheet %2 (%3): %4</source>
        <comment>%4: how many dots, how many to check</comment>
        <translation>%1: الورقة %2 (%3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln to check</source>
        <comment>%1: the marks found (3 dots, 1 pen line)</comment>
        <translation>
            <numerusform>%1، %Ln للمراجعة</numerusform>
            <numerusform>%1، %Ln للمراجعة</numerusform>
            <numerusform>%1، %Ln للمراجعة</numerusform>
            <numerusform>%1، %Ln للمراجعة</numerusform>
            <numerusform>%1، %Ln للمراجعة</numerusform>
            <numerusform>%1، %Ln للمراجعة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: audit sheet %2 (%3), stored</source>
        <translation>%1: ورقة التدقيق %2 (%3)، حُفظت</translation>
    </message>
    <message>
        <source>%1: audit sheet %2 (%3): %4</source>
        <comment>%4: how many scores, how many to check</comment>
        <translation>%1: ورقة التدقيق %2 (%3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scores, %1 to check</source>
        <translation>
            <numerusform>%Ln درجة، %1 للتحقق</numerusform>
            <numerusform>درجة واحدة (%Ln)، %1 للتحقق</numerusform>
            <numerusform>%Ln درجتان، %1 للتحقق</numerusform>
            <numerusform>%Ln درجات، %1 للتحقق</numerusform>
            <numerusform>%Ln درجة، %1 للتحقق</numerusform>
            <numerusform>%Ln درجة، %1 للتحقق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the scores ticked to store</source>
        <translation>
            <numerusform>%Ln من الدرجات محددة للحفظ</numerusform>
            <numerusform>درجة واحدة (%Ln) محددة للحفظ</numerusform>
            <numerusform>%Ln درجتان محددتان للحفظ</numerusform>
            <numerusform>%Ln درجات محددة للحفظ</numerusform>
            <numerusform>%Ln درجة محددة للحفظ</numerusform>
            <numerusform>%Ln درجة محددة للحفظ</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticked to store: %1</source>
        <comment>%1: 3 dots, 1 pen line</comment>
        <translation>محدد للحفظ: %1</translation>
    </message>
    <message>
        <source>Sheet %1 stored: %2 added (Edit › Undo takes them away)</source>
        <comment>%2: 3 dots, 1 pen line</comment>
        <translation>حُفظت الورقة %1: أُضيف %2 (تحرير › تراجع يزيلها)</translation>
    </message>
    <message>
        <source>%1. Storing it again replaces its points&apos; scores with those ticked now.</source>
        <translation>%1. حفظها مرة أخرى يستبدل درجات نقاطها بالدرجات المؤشَّر عليها الآن.</translation>
    </message>
    <message>
        <source>Read Before</source>
        <translation>قُرئت من قبل</translation>
    </message>
    <message>
        <source>%1. Storing it again adds its dots a second time.</source>
        <translation>%1. حفظها مرة أخرى يضيف نقاطها مرة ثانية.</translation>
    </message>
    <message>
        <source>Photos of printed group maps or audit sheets: drop them here or add them. Check what was read, then store the sheet.</source>
        <translation>صور خرائط المجموعات أو أوراق التدقيق المطبوعة: أفلتها هنا أو أضفها. راجع ما قُرئ، ثم احفظ الورقة.</translation>
    </message>
    <message>
        <source>Store Again</source>
        <translation>احفظ مرة أخرى</translation>
    </message>
    <message>
        <source>Photo of audit sheet %1</source>
        <translation>صورة ورقة التدقيق %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit sheet %1 stored: %Ln scores (Edit › Undo takes them away)</source>
        <translation>
            <numerusform>حُفظت ورقة التدقيق %1: %Ln درجة (تحرير › تراجع يزيلها)</numerusform>
            <numerusform>حُفظت ورقة التدقيق %1: درجة واحدة (%Ln) (تحرير › تراجع يزيلها)</numerusform>
            <numerusform>حُفظت ورقة التدقيق %1: %Ln درجتان (تحرير › تراجع يزيلهما)</numerusform>
            <numerusform>حُفظت ورقة التدقيق %1: %Ln درجات (تحرير › تراجع يزيلها)</numerusform>
            <numerusform>حُفظت ورقة التدقيق %1: %Ln درجة (تحرير › تراجع يزيلها)</numerusform>
            <numerusform>حُفظت ورقة التدقيق %1: %Ln درجة (تحرير › تراجع يزيلها)</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet was not stored</source>
        <translation>لم تُحفظ الورقة</translation>
    </message>
    <message>
        <source>Photo of paper sheet %1</source>
        <translation>صورة الورقة المطبوعة %1</translation>
    </message>
</context>
<context>
    <name>ReasonTagsDialog</name>
    <message>
        <source>Reason Tags</source>
        <translation>وسوم الأسباب</translation>
    </message>
    <message>
        <source>Reason tags</source>
        <translation>وسوم الأسباب</translation>
    </message>
    <message>
        <source>The reasons a pin can give; F2 or a double click renames one</source>
        <translation>الأسباب التي يمكن أن يحملها الدبوس؛ F2 أو النقر المزدوج لإعادة تسمية أحدها</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>سبب جديد</translation>
    </message>
    <message>
        <source>Type a new reason and press Enter to add it</source>
        <translation>اكتب سبباً جديداً واضغط Enter لإضافته</translation>
    </message>
    <message>
        <source>New reason, e.g. No toilets</source>
        <translation>سبب جديد، مثلاً: لا دورات مياه</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop offering this reason for new pins; pins that have it keep it</source>
        <translation>التوقف عن عرض هذا السبب للدبابيس الجديدة؛ تحتفظ به الدبابيس التي تحمله</translation>
    </message>
    <message>
        <source>Translations…</source>
        <translation>الترجمات…</translation>
    </message>
    <message>
        <source>This reason in other languages</source>
        <translation>هذا السبب بلغات أخرى</translation>
    </message>
    <message>
        <source>Double-click a reason (or F2) to rename it. Reasons are retired, never deleted, so pins keep their meaning.</source>
        <translation>انقر نقراً مزدوجاً على سبب (أو F2) لإعادة تسميته. تُوقَف الأسباب ولا تُحذف أبداً، لتحتفظ الدبابيس بمعناها.</translation>
    </message>
    <message>
        <source>Retired: not offered for new pins</source>
        <translation>موقوف: لا يُعرض للدبابيس الجديدة</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Type the new reason first</source>
        <translation>اكتب السبب الجديد أولاً</translation>
    </message>
    <message>
        <source>“%1” is already a reason; nothing was added</source>
        <translation>«%1» سبب موجود بالفعل؛ لم يُضف شيء</translation>
    </message>
    <message>
        <source>Add reason tag “%1”</source>
        <translation>إضافة وسم السبب «%1»</translation>
    </message>
    <message>
        <source>“%1” is already a reason; the name was kept</source>
        <translation>«%1» سبب موجود بالفعل؛ بقي الاسم كما هو</translation>
    </message>
    <message>
        <source>A reason needs a name; the name was kept</source>
        <translation>يحتاج السبب إلى اسم؛ بقي الاسم كما هو</translation>
    </message>
    <message>
        <source>Rename reason tag “%1” to “%2”</source>
        <translation>إعادة تسمية وسم السبب «%1» إلى «%2»</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Translate reason tag “%1”</source>
        <translation>ترجمة وسم السبب «%1»</translation>
    </message>
    <message>
        <source>Restore reason tag “%1”</source>
        <translation>استعادة وسم السبب «%1»</translation>
    </message>
    <message>
        <source>Retire reason tag “%1”</source>
        <translation>إيقاف وسم السبب «%1»</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Workshops</source>
        <translation>الورش</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>ورشة</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>group</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <source>Basemap layers</source>
        <translation>طبقات خريطة الأساس</translation>
    </message>
    <message>
        <source>basemap layer</source>
        <translation>طبقة أساس</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>مقترح</translation>
    </message>
    <message>
        <source>Criteria sets</source>
        <translation>مجموعات المعايير</translation>
    </message>
    <message>
        <source>criteria set</source>
        <translation>مجموعة معايير</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>معيار</translation>
    </message>
    <message>
        <source>Audit walks</source>
        <translation>جولات التدقيق</translation>
    </message>
    <message>
        <source>audit walk</source>
        <translation>جولة تدقيق</translation>
    </message>
    <message>
        <source>Walk participants</source>
        <translation>المشاركون في الجولات</translation>
    </message>
    <message>
        <source>walk participant</source>
        <translation>مشارك في جولة</translation>
    </message>
    <message>
        <source>Audit points</source>
        <translation>نقاط التدقيق</translation>
    </message>
    <message>
        <source>audit point</source>
        <translation>نقطة تدقيق</translation>
    </message>
    <message>
        <source>Audit scores</source>
        <translation>درجات التدقيق</translation>
    </message>
    <message>
        <source>audit score</source>
        <translation>درجة تدقيق</translation>
    </message>
    <message>
        <source>Checklist answers</source>
        <translation>إجابات قائمة التحقق</translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation>إجابة قائمة تحقق</translation>
    </message>
    <message>
        <source>Reason tags</source>
        <translation>وسوم الأسباب</translation>
    </message>
    <message>
        <source>reason tag</source>
        <translation>وسم سبب</translation>
    </message>
    <message>
        <source>Label translations</source>
        <translation>ترجمات التسميات</translation>
    </message>
    <message>
        <source>label translation</source>
        <translation>ترجمة تسمية</translation>
    </message>
    <message>
        <source>Perception pins</source>
        <translation>دبابيس الإدراك</translation>
    </message>
    <message>
        <source>perception pin</source>
        <translation>دبوس إدراك</translation>
    </message>
    <message>
        <source>Recorded incidents</source>
        <translation>الحوادث المسجلة</translation>
    </message>
    <message>
        <source>recorded incident</source>
        <translation>حادثة مسجلة</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>أصحاب المصلحة</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>صاحب مصلحة</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>action</source>
        <translation>إجراء</translation>
    </message>
    <message>
        <source>Action partners</source>
        <translation>شركاء الإجراءات</translation>
    </message>
    <message>
        <source>action partner</source>
        <translation>شريك إجراء</translation>
    </message>
    <message>
        <source>Action links</source>
        <translation>روابط الإجراءات</translation>
    </message>
    <message>
        <source>action link</source>
        <translation>رابط إجراء</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>صوت</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>مرفق</translation>
    </message>
    <message>
        <source>Paper sheets read</source>
        <translation>الأوراق المقروءة</translation>
    </message>
    <message>
        <source>paper sheet read</source>
        <translation>ورقة مقروءة</translation>
    </message>
    <message>
        <source>Records read from paper</source>
        <translation>سجلات مقروءة من الورق</translation>
    </message>
    <message>
        <source>record read from paper</source>
        <translation>سجل مقروء من الورق</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>device</source>
        <translation>جهاز</translation>
    </message>
    <message>
        <source>Merge log</source>
        <translation>سجل الدمج</translation>
    </message>
    <message>
        <source>merge log</source>
        <translation>سجل الدمج</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Unsafe place</source>
        <translation>مكان غير آمن</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>مكان آمن</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>فكرة</translation>
    </message>
    <message>
        <source>The photo, straightened: drag a dot to where the sticker is</source>
        <translation>الصورة بعد تقويمها: اسحب النقطة إلى مكان الملصق</translation>
    </message>
    <message>
        <source>The map: drag a dot to where it belongs</source>
        <translation>الخريطة: اسحب النقطة إلى مكانها</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>للمراجعة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>راجع: %1</translation>
    </message>
    <message>
        <source>Looks sure (%1 %)</source>
        <translation>يبدو مؤكدًا (%1 %)</translation>
    </message>
    <message>
        <source>Pen line: %1</source>
        <translation>خط بالقلم: %1</translation>
    </message>
    <message>
        <source>Pen shape (an area): %1</source>
        <translation>شكل بالقلم (منطقة): %1</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no numbered note</comment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Note number</source>
        <translation>رقم الملاحظة</translation>
    </message>
    <message>
        <source>The number written beside the dot: it links the dot to that note of the margin</source>
        <translation>الرقم المكتوب بجانب النقطة: يربطها بتلك الملاحظة في الهامش</translation>
    </message>
    <message>
        <source>Photo of sheet %1</source>
        <translation>صورة الورقة %1</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>على الخريطة</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>نص الملاحظة</translation>
    </message>
    <message>
        <source>Numbered notes</source>
        <translation>الملاحظات المرقّمة</translation>
    </message>
    <message>
        <source>Type each numbered note&apos;s text as written in the sheet&apos;s margin: it is stored with the dots that carry its number</source>
        <translation>اكتب نص كل ملاحظة مرقّمة كما هو مكتوب في هامش الورقة: يُحفظ مع النقاط التي تحمل رقمها</translation>
    </message>
    <message>
        <source>Numbered notes on this sheet</source>
        <translation>الملاحظات المرقّمة في هذه الورقة</translation>
    </message>
    <message>
        <source>No sticker and no pen line was found on this sheet.</source>
        <translation>لم يُعثر على أي ملصق أو خط بالقلم في هذه الورقة.</translation>
    </message>
    <message>
        <source>%1: note %2</source>
        <comment>a dot&apos;s row, then the number written beside it</comment>
        <translation>%1: ملاحظة %2</translation>
    </message>
    <message>
        <source>%1?</source>
        <comment>a dot to check</comment>
        <translation>%1؟</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>cosafe: %1 has no workshop: add one in CoSafe first (Workshop › New Workshop…).</source>
        <translation>cosafe: لا توجد في %1 ورشة عمل: أضف واحدة في CoSafe أولًا (الورشة › ورشة جديدة…).</translation>
    </message>
    <message>
        <source>cosafe: %1 has no map area: import a basemap or set the project area first.</source>
        <translation>cosafe: لا توجد في %1 منطقة خريطة: استورد خريطة أساس أولًا أو حدّد منطقة المشروع.</translation>
    </message>
    <message>
        <source>Room open: %1</source>
        <translation>القاعة مفتوحة: %1</translation>
    </message>
    <message>
        <source>Room closed.</source>
        <translation>أُغلقت القاعة.</translation>
    </message>
    <message>
        <source>This address is not the room&apos;s.</source>
        <translation>هذا العنوان ليس عنوان القاعة.</translation>
    </message>
    <message>
        <source>The room is closed.</source>
        <translation>القاعة مغلقة.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests from this device: wait %Ln seconds.</source>
        <translation>
            <numerusform>طلبات كثيرة جدًا من هذا الجهاز: انتظر %Ln ثانية.</numerusform>
            <numerusform>طلبات كثيرة جدًا من هذا الجهاز: انتظر %Ln ثانية.</numerusform>
            <numerusform>طلبات كثيرة جدًا من هذا الجهاز: انتظر %Ln ثانيتين.</numerusform>
            <numerusform>طلبات كثيرة جدًا من هذا الجهاز: انتظر %Ln ثوانٍ.</numerusform>
            <numerusform>طلبات كثيرة جدًا من هذا الجهاز: انتظر %Ln ثانية.</numerusform>
            <numerusform>طلبات كثيرة جدًا من هذا الجهاز: انتظر %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room code is wrong or missing: it is shown on the projector.</source>
        <translation>رمز القاعة خاطئ أو مفقود: يظهر على جهاز العرض.</translation>
    </message>
    <message>
        <source>Join the room first: this needs the token that joining gives.</source>
        <translation>ادخل القاعة أولًا: يحتاج هذا إلى الرمز المميز الذي يُعطى عند الدخول.</translation>
    </message>
    <message>
        <source>This token is not valid, or the room was closed since: join again.</source>
        <translation>هذا الرمز المميز غير صالح، أو أُغلقت القاعة منذ ذلك الحين: ادخل من جديد.</translation>
    </message>
    <message numerus="yes">
        <source>The request is too large: at most %Ln bytes.</source>
        <translation>
            <numerusform>الطلب كبير جدًا: %Ln بايت على الأكثر.</numerusform>
            <numerusform>الطلب كبير جدًا: %Ln بايت على الأكثر.</numerusform>
            <numerusform>الطلب كبير جدًا: %Ln بايت على الأكثر.</numerusform>
            <numerusform>الطلب كبير جدًا: %Ln بايت على الأكثر.</numerusform>
            <numerusform>الطلب كبير جدًا: %Ln بايت على الأكثر.</numerusform>
            <numerusform>الطلب كبير جدًا: %Ln بايت على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room is paused: try again in a moment.</source>
        <translation>القاعة متوقفة مؤقتًا: حاول مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <source>The basemap has no tile here.</source>
        <translation>لا توجد لخريطة الأساس بلاطة هنا.</translation>
    </message>
    <message>
        <source>There is no such page in the room.</source>
        <translation>لا توجد هذه الصفحة في القاعة.</translation>
    </message>
    <message>
        <source>This address does not take that kind of request.</source>
        <translation>هذا العنوان لا يقبل هذا النوع من الطلبات.</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>رُفض الطلب.</translation>
    </message>
    <message>
        <source>Something went wrong in the room; nothing was stored.</source>
        <translation>حدث خطأ في القاعة؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation>المقترح %1</translation>
    </message>
    <message>
        <source>This workshop has no groups: leave “group” out.</source>
        <translation>ليس في ورشة العمل هذه مجموعات: احذف “group”.</translation>
    </message>
    <message>
        <source>“%1” must be a JSON object.</source>
        <translation>يجب أن يكون “%1” كائن JSON.</translation>
    </message>
    <message>
        <source>Taking part needs consent: nothing was stored.</source>
        <translation>تتطلب المشاركة الموافقة: لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Participant %1 joins from a phone</source>
        <translation>المشارك %1 ينضم من هاتف</translation>
    </message>
    <message>
        <source>Pin from phone %1</source>
        <translation>دبوس من الهاتف %1</translation>
    </message>
    <message>
        <source>Idea from phone %1</source>
        <translation>فكرة من الهاتف %1</translation>
    </message>
    <message>
        <source>“proposal” must be the id of one of this workshop&apos;s proposals.</source>
        <translation>يجب أن يكون “proposal” معرّف أحد مقترحات ورشة العمل هذه.</translation>
    </message>
    <message>
        <source>Dot from phone %1</source>
        <translation>نقطة من الهاتف %1</translation>
    </message>
    <message>
        <source>“%1” is not an IP address; give the address of this computer on the phones&apos; network, e.g. 192.168.4.1.</source>
        <translation>“%1” ليس عنوان IP؛ أعطِ عنوان هذا الحاسوب على شبكة الهواتف، مثل 192.168.4.1.</translation>
    </message>
    <message>
        <source>“%1” would listen on every network of this computer; give the address of the one the phones use, e.g. 192.168.4.1.</source>
        <translation>“%1” سيستمع على كل شبكات هذا الحاسوب؛ أعطِ عنوان الشبكة التي تستخدمها الهواتف، مثل 192.168.4.1.</translation>
    </message>
    <message>
        <source>the port is in use by another program</source>
        <translation>المنفذ مستخدم من برنامج آخر</translation>
    </message>
    <message>
        <source>this computer has no such address</source>
        <translation>ليس لهذا الحاسوب هذا العنوان</translation>
    </message>
    <message>
        <source>The room cannot listen on %1: %2.</source>
        <translation>لا يمكن للقاعة الاستماع على %1: %2.</translation>
    </message>
    <message>
        <source>The request body is not JSON.</source>
        <translation>نص الطلب ليس JSON.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>يجب أن يكون نص الطلب كائن JSON.</translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>حقل غير معروف: “%1”.</translation>
    </message>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>الحقل “%1” مفقود.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” must be text of at most %Ln characters.</source>
        <translation>
            <numerusform>يجب أن يكون “%1” نصًا من %Ln حرف على الأكثر.</numerusform>
            <numerusform>يجب أن يكون “%1” نصًا من %Ln حرف على الأكثر.</numerusform>
            <numerusform>يجب أن يكون “%1” نصًا من %Ln حرفين على الأكثر.</numerusform>
            <numerusform>يجب أن يكون “%1” نصًا من %Ln أحرف على الأكثر.</numerusform>
            <numerusform>يجب أن يكون “%1” نصًا من %Ln حرفًا على الأكثر.</numerusform>
            <numerusform>يجب أن يكون “%1” نصًا من %Ln حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” must not be empty.</source>
        <translation>يجب ألا يكون “%1” فارغًا.</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2.</source>
        <translation>يجب أن يكون “%1” واحدًا من: %2.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” must be a list of different values, at most %Ln, each one of: %2.</source>
        <translation>
            <numerusform>يجب أن يكون “%1” قائمة من قيم مختلفة، %Ln على الأكثر، كل منها واحدة من: %2.</numerusform>
            <numerusform>يجب أن يكون “%1” قائمة من قيم مختلفة، %Ln على الأكثر، كل منها واحدة من: %2.</numerusform>
            <numerusform>يجب أن يكون “%1” قائمة من قيم مختلفة، %Ln على الأكثر، كل منها واحدة من: %2.</numerusform>
            <numerusform>يجب أن يكون “%1” قائمة من قيم مختلفة، %Ln على الأكثر، كل منها واحدة من: %2.</numerusform>
            <numerusform>يجب أن يكون “%1” قائمة من قيم مختلفة، %Ln على الأكثر، كل منها واحدة من: %2.</numerusform>
            <numerusform>يجب أن يكون “%1” قائمة من قيم مختلفة، %Ln على الأكثر، كل منها واحدة من: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>يجب أن تكون قيمة “%1” true أو false.</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>يجب أن يكون “%1” رقمًا.</translation>
    </message>
    <message>
        <source>The place is outside the workshop&apos;s area.</source>
        <translation>المكان خارج منطقة ورشة العمل.</translation>
    </message>
    <message numerus="yes">
        <source>“geometry” must be a GeoJSON point or a line of 2 to %Ln points.</source>
        <translation>
            <numerusform>يجب أن يكون “geometry” نقطة GeoJSON أو خطًا من 2 إلى %Ln نقطة.</numerusform>
            <numerusform>يجب أن يكون “geometry” نقطة GeoJSON أو خطًا من 2 إلى %Ln نقطة.</numerusform>
            <numerusform>يجب أن يكون “geometry” نقطة GeoJSON أو خطًا من 2 إلى %Ln نقطة.</numerusform>
            <numerusform>يجب أن يكون “geometry” نقطة GeoJSON أو خطًا من 2 إلى %Ln نقطة.</numerusform>
            <numerusform>يجب أن يكون “geometry” نقطة GeoJSON أو خطًا من 2 إلى %Ln نقطة.</numerusform>
            <numerusform>يجب أن يكون “geometry” نقطة GeoJSON أو خطًا من 2 إلى %Ln نقطة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Safety workshop</source>
        <translation>ورشة عمل السلامة</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>رمز القاعة</translation>
    </message>
    <message>
        <source>The code is shown on the projector.</source>
        <translation>يظهر الرمز على جهاز العرض.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Join the workshop</source>
        <translation>الانضمام إلى ورشة العمل</translation>
    </message>
    <message>
        <source>No name is asked. Your answers only help show how safety differs between groups.</source>
        <translation>لا يُطلب أي اسم. تساعد إجاباتك فقط على إظهار كيف تختلف السلامة بين المجموعات.</translation>
    </message>
    <message>
        <source>Your group</source>
        <translation>مجموعتك</translation>
    </message>
    <message>
        <source>I agree that my answers, pins, ideas and dots are kept in this workshop&apos;s project, without my name.</source>
        <translation>أوافق على حفظ إجاباتي ودبابيسي وأفكاري ونقاطي في مشروع ورشة العمل هذه، دون اسمي.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>انضمام</translation>
    </message>
    <message>
        <source>Your code is %1</source>
        <translation>رمزك هو %1</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>دبوس</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>فكرة</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>تصويت</translation>
    </message>
    <message>
        <source>Map of the workshop&apos;s area</source>
        <translation>خريطة منطقة الورشة</translation>
    </message>
    <message>
        <source>Tap the map to choose a place. The arrow keys move the map; the button below chooses its centre.</source>
        <translation>المس الخريطة لاختيار مكان. تحرّك مفاتيح الأسهم الخريطة، ويختار الزر أدناه مركزها.</translation>
    </message>
    <message>
        <source>The numbers on the map are the proposals listed below.</source>
        <translation>الأرقام على الخريطة هي المقترحات المذكورة أدناه.</translation>
    </message>
    <message>
        <source>Choose the centre of the map</source>
        <translation>اختر مركز الخريطة</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Place chosen.</source>
        <translation>اختير المكان.</translation>
    </message>
    <message>
        <source>This place is outside the workshop&apos;s area (the dashed line).</source>
        <translation>هذا المكان خارج منطقة الورشة (الخط المتقطع).</translation>
    </message>
    <message>
        <source>Tap the map to choose a place first.</source>
        <translation>المس الخريطة أولًا لاختيار مكان.</translation>
    </message>
    <message>
        <source>How do you feel here?</source>
        <translation>كيف تشعر هنا؟</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>لماذا؟</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>متى؟</translation>
    </message>
    <message>
        <source>Your story (if you wish)</source>
        <translation>قصتك (إن شئت)</translation>
    </message>
    <message>
        <source>The facilitator reads stories before any is shown on the projector.</source>
        <translation>يقرأ الميسّر القصص قبل عرض أيٍّ منها على جهاز العرض.</translation>
    </message>
    <message>
        <source>Add the pin</source>
        <translation>إضافة الدبوس</translation>
    </message>
    <message>
        <source>Your pin was added.</source>
        <translation>أُضيف دبوسك.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>الشكل</translation>
    </message>
    <message>
        <source>A point</source>
        <translation>نقطة</translation>
    </message>
    <message>
        <source>A line: tap the map at each of its points</source>
        <translation>خط: المس الخريطة عند كل نقطة من نقاطه</translation>
    </message>
    <message>
        <source>Remove the last point</source>
        <translation>أزل النقطة الأخيرة</translation>
    </message>
    <message>
        <source>Points of the line: %1</source>
        <translation>نقاط الخط: %1</translation>
    </message>
    <message>
        <source>Tap the map at two points at least for a line.</source>
        <translation>للخط، المس الخريطة عند نقطتين على الأقل.</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>المبدأ</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ما العمل</translation>
    </message>
    <message>
        <source>Description (if you wish)</source>
        <translation>الوصف (إن شئت)</translation>
    </message>
    <message>
        <source>Add the idea</source>
        <translation>إضافة الفكرة</translation>
    </message>
    <message>
        <source>Your idea was added.</source>
        <translation>أُضيفت فكرتك.</translation>
    </message>
    <message>
        <source>Dots left: %1</source>
        <translation>النقاط المتبقية: %1</translation>
    </message>
    <message>
        <source>Place a dot on “%1”</source>
        <translation>ضع نقطة على “%1”</translation>
    </message>
    <message>
        <source>Your dot was placed.</source>
        <translation>وُضعت نقطتك.</translation>
    </message>
    <message>
        <source>Your dots here: %1</source>
        <translation>نقاطك هنا: %1</translation>
    </message>
    <message>
        <source>The laptop cannot be reached. Check the Wi-Fi and try again.</source>
        <translation>لا يمكن الوصول إلى الحاسوب المحمول. تحقّق من شبكة الواي فاي وحاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>RoomFeature</name>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Open the &amp;Room…</source>
        <translation>فتح ال&amp;قاعة…</translation>
    </message>
    <message>
        <source>Let participants add pins, ideas and dots from their own phones</source>
        <translation>دع المشاركين يضيفون الدبابيس والأفكار والنقاط من هواتفهم</translation>
    </message>
    <message>
        <source>The room cannot open</source>
        <translation>لا يمكن فتح القاعة</translation>
    </message>
    <message>
        <source>The project is open read-only: phones could add nothing.</source>
        <translation>المشروع مفتوح للقراءة فقط: لن تستطيع الهواتف إضافة أي شيء.</translation>
    </message>
    <message>
        <source>The project has no workshop: add one first (Workshop › New Workshop…).</source>
        <translation>لا يحتوي المشروع على ورشة عمل: أضف واحدة أولًا (ورشة العمل › ورشة عمل جديدة…).</translation>
    </message>
    <message>
        <source>The project has no map area: import a basemap or set the project area first.</source>
        <translation>لا يحتوي المشروع على منطقة خريطة: استورد خريطة أساس أو حدّد منطقة المشروع أولًا.</translation>
    </message>
    <message>
        <source>The project was closed.</source>
        <translation>أُغلق المشروع.</translation>
    </message>
    <message>
        <source>Room open: %1</source>
        <translation>القاعة مفتوحة: %1</translation>
    </message>
    <message>
        <source>Room closed.</source>
        <translation>أُغلقت القاعة.</translation>
    </message>
    <message>
        <source>Remove the contributions of phone %1</source>
        <translation>إزالة مساهمات الهاتف %1</translation>
    </message>
    <message>
        <source>Phone %1 has added nothing to remove.</source>
        <translation>لم يُضف الهاتف %1 شيئًا لإزالته.</translation>
    </message>
    <message>
        <source>Approve the story from phone %1</source>
        <translation>الموافقة على القصة من الهاتف %1</translation>
    </message>
    <message>
        <source>Reject the story from phone %1</source>
        <translation>رفض القصة من الهاتف %1</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>The room is closed. Open it to let participants add pins, ideas and dots from their own phones, on this computer&apos;s network, without internet.</source>
        <translation>القاعة مغلقة. افتحها ليضيف المشاركون الدبابيس والأفكار والنقاط من هواتفهم، على شبكة هذا الحاسوب، دون إنترنت.</translation>
    </message>
    <message>
        <source>Open the Room…</source>
        <translation>فتح القاعة…</translation>
    </message>
    <message>
        <source>Let participants add pins, ideas and dots from their own phones</source>
        <translation>دع المشاركين يضيفون الدبابيس والأفكار والنقاط من هواتفهم</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>رمز QR لعنوان القاعة</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Show on the Projector</source>
        <translation>عرض على جهاز العرض</translation>
    </message>
    <message>
        <source>The QR code, the address and the room code, full screen on the projector</source>
        <translation>رمز QR والعنوان ورمز القاعة، بملء الشاشة على جهاز العرض</translation>
    </message>
    <message>
        <source>Close the Room</source>
        <translation>إغلاق القاعة</translation>
    </message>
    <message>
        <source>Connected phones</source>
        <translation>الهواتف المتصلة</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>الدبابيس</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>الأفكار</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Stories awaiting approval</source>
        <translation>قصص بانتظار الموافقة</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>القصة</translation>
    </message>
    <message>
        <source>Remove This Device&apos;s Contributions</source>
        <translation>إزالة مساهمات هذا الجهاز</translation>
    </message>
    <message>
        <source>Delete the selected phone&apos;s pins, ideas and dots as one step (Undo brings them back)</source>
        <translation>يحذف دبابيس الهاتف المحدد وأفكاره ونقاطه في خطوة واحدة (التراجع يعيدها)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>A story sent from a phone is shown on the projector, the panels and the plan only once you approve it.</source>
        <translation>لا تظهر القصة المرسلة من هاتف على جهاز العرض واللوحات والخطة إلا بعد موافقتك عليها.</translation>
    </message>
    <message>
        <source>Room code: %1</source>
        <translation>رمز القاعة: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Paused: phones can look, but nothing they send is added.</source>
        <translation>متوقفة مؤقتًا: يمكن للهواتف أن تطّلع، لكن لا يُضاف شيء مما ترسله.</translation>
    </message>
    <message>
        <source>Open: phones on this network can join and add pins, ideas and dots.</source>
        <translation>مفتوحة: يمكن لهواتف هذه الشبكة الانضمام وإضافة الدبابيس والأفكار والنقاط.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln phones connected</source>
        <translation>
            <numerusform>%Ln هاتف متصل</numerusform>
            <numerusform>%Ln هاتف متصل</numerusform>
            <numerusform>%Ln هاتفان متصلان</numerusform>
            <numerusform>%Ln هواتف متصلة</numerusform>
            <numerusform>%Ln هاتفًا متصلًا</numerusform>
            <numerusform>%Ln هاتف متصل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories awaiting approval</source>
        <translation>
            <numerusform>%Ln قصة بانتظار الموافقة</numerusform>
            <numerusform>%Ln قصة بانتظار الموافقة</numerusform>
            <numerusform>%Ln قصتان بانتظار الموافقة</numerusform>
            <numerusform>%Ln قصص بانتظار الموافقة</numerusform>
            <numerusform>%Ln قصة بانتظار الموافقة</numerusform>
            <numerusform>%Ln قصة بانتظار الموافقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPoster</name>
    <message>
        <source>Join the room</source>
        <translation>انضم إلى القاعة</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>رمز QR لعنوان القاعة</translation>
    </message>
    <message>
        <source>Room code: %1</source>
        <translation>رمز القاعة: %1</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or type the address in its browser.</source>
        <translation>امسح الرمز بكاميرا هاتفك، أو اكتب العنوان في متصفحه.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <source>Market to river loop (day)</source>
        <translation>جولة من السوق إلى النهر (نهاراً)</translation>
    </message>
    <message>
        <source>Walked 10:00–11:30 on a market day.</source>
        <translation>جرت الجولة من 10:00 إلى 11:30 في يوم سوق.</translation>
    </message>
    <message>
        <source>Market to river loop (night)</source>
        <translation>جولة من السوق إلى النهر (ليلاً)</translation>
    </message>
    <message>
        <source>Walked 19:30–21:00, after the market closed.</source>
        <translation>جرت الجولة من 19:30 إلى 21:00، بعد إغلاق السوق.</translation>
    </message>
    <message>
        <source>Dark dirt path between bushes and the river; nowhere to run.</source>
        <translation>ممر ترابي مظلم بين الشجيرات والنهر؛ لا مكان للهرب.</translation>
    </message>
    <message>
        <source>No light on the footbridge; you cannot see who waits at the far end.</source>
        <translation>لا إنارة على جسر المشاة؛ لا ترى من ينتظر في الطرف الآخر.</translation>
    </message>
    <message>
        <source>No working lamp: could not see faces at 10 m.</source>
        <translation>لا يوجد مصباح يعمل: تعذّرت رؤية الوجوه على بعد 10 م.</translation>
    </message>
    <message>
        <source>Market frontage, crowded with stalls and buyers.</source>
        <translation>واجهة السوق مزدحمة بالبسطات والمشترين.</translation>
    </message>
    <message>
        <source>Market shut; stalls make blind corners.</source>
        <translation>السوق مغلق؛ البسطات تصنع زوايا عمياء.</translation>
    </message>
    <message>
        <source>Men drinking outside the bar; groups of women cross the road to avoid it.</source>
        <translation>رجال يشربون أمام الحانة؛ تعبر النساء الشارع في مجموعات لتجنّبها.</translation>
    </message>
    <message>
        <source>Bus stop close by.</source>
        <translation>موقف حافلات قريب.</translation>
    </message>
    <message>
        <source>Sign the market toilets from Soko Street.</source>
        <extracomment>“Soko Street” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>وضع لافتات ترشد إلى دورات مياه السوق من Soko Street.</translation>
    </message>
    <message>
        <source>Trim the bushes along the bank path.</source>
        <translation>تقليم الشجيرات على طول ممر الضفة.</translation>
    </message>
    <message>
        <source>Solar lamps at both ends of the footbridge.</source>
        <translation>مصابيح شمسية عند طرفي جسر المشاة.</translation>
    </message>
    <message>
        <source>Open a lit path from the footbridge to the park.</source>
        <translation>فتح ممر مضاء من جسر المشاة إلى الحديقة.</translation>
    </message>
    <message>
        <source>Light the bank path or close it after dark with a signed, lit detour.</source>
        <translation>إنارة ممر الضفة أو إغلاقه بعد حلول الظلام مع تحويلة مضاءة عليها لافتات.</translation>
    </message>
    <message>
        <source>Keep the stop&apos;s lamp working; add a shelter.</source>
        <translation>إبقاء مصباح الموقف يعمل؛ وإضافة مظلة.</translation>
    </message>
    <message>
        <source>Riverside Police Post occurrence book 2025–26 (invented sample data)</source>
        <translation>سجل الوقائع في مخفر شرطة Riverside لعامي 2025–26 (بيانات نموذجية مختلقة)</translation>
    </message>
    <message>
        <source>Men touch and call out at girls in the crowded aisles.</source>
        <extracomment>Stories are what residents wrote on their pins: keep them short and spoken.</extracomment>
        <translation>في الممرات المزدحمة يلمس الرجال الفتيات ويعاكسونهن.</translation>
    </message>
    <message>
        <source>The traders know us and look out for us.</source>
        <translation>التجار يعرفوننا ويحرصون علينا.</translation>
    </message>
    <message>
        <source>The toilets are at the dark back of the market; I wait until I get home.</source>
        <translation>دورات المياه في آخر السوق حيث الظلام؛ أنتظر حتى أصل إلى البيت.</translation>
    </message>
    <message>
        <source>Clean and busy in the morning.</source>
        <translation>نظيف ومزدحم في الصباح.</translation>
    </message>
    <message>
        <source>Pickpockets work the queue for the last matatu.</source>
        <extracomment>A matatu is a shared minibus taxi (East Africa): say the local word for one.</extracomment>
        <translation>النشّالون ينشطون في طابور آخر حافلة صغيرة.</translation>
    </message>
    <message>
        <source>Always people and lights at the bays.</source>
        <translation>هناك دائماً ناس وأضواء عند الأرصفة.</translation>
    </message>
    <message>
        <source>Drinkers outside the bar block the pavement and shout at women.</source>
        <translation>الشاربون أمام الحانة يسدّون الرصيف ويصرخون على النساء.</translation>
    </message>
    <message>
        <source>Lively, people about.</source>
        <translation>المكان حيوي والناس في كل مكان.</translation>
    </message>
    <message>
        <source>Nobody walks by the river after dark; there is not one lamp.</source>
        <translation>لا أحد يمشي بجانب النهر بعد حلول الظلام؛ لا يوجد مصباح واحد.</translation>
    </message>
    <message>
        <source>Nice walk in the morning with others.</source>
        <translation>نزهة جميلة في الصباح مع الآخرين.</translation>
    </message>
    <message>
        <source>You cannot see who waits at the other end of the footbridge.</source>
        <translation>لا ترى من ينتظر في الطرف الآخر من جسر المشاة.</translation>
    </message>
    <message>
        <source>Quick way to school in daylight.</source>
        <translation>طريق سريع إلى المدرسة في النهار.</translation>
    </message>
    <message>
        <source>Bushes on both sides and the river behind: nowhere to run.</source>
        <translation>شجيرات على الجانبين والنهر من الخلف: لا مكان للهرب.</translation>
    </message>
    <message>
        <source>Young men sit in the dark corners smoking.</source>
        <translation>شبان يجلسون في الزوايا المظلمة يدخّنون.</translation>
    </message>
    <message>
        <source>Families and football in the afternoon.</source>
        <translation>عائلات وكرة قدم بعد الظهر.</translation>
    </message>
    <message>
        <source>The post is closed at night.</source>
        <translation>المخفر مغلق في الليل.</translation>
    </message>
    <message>
        <source>Police at the post; I feel safe here.</source>
        <translation>الشرطة في المخفر؛ أشعر بالأمان هنا.</translation>
    </message>
    <message>
        <source>Empty and dark around the school at night.</source>
        <translation>المكان حول المدرسة خالٍ ومظلم في الليل.</translation>
    </message>
    <message>
        <source>Teachers and parents at the gate.</source>
        <translation>معلمون وأهالٍ عند البوابة.</translation>
    </message>
    <message>
        <source>The stop is dark and buses stop coming after eight.</source>
        <translation>الموقف مظلم والحافلات تتوقف عن المجيء بعد الثامنة.</translation>
    </message>
    <message>
        <source>Busy stop in the morning.</source>
        <translation>موقف مزدحم في الصباح.</translation>
    </message>
    <message>
        <source>Tumaini Lane has no street lights at all.</source>
        <extracomment>“Tumaini Lane” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>لا توجد أي إنارة في Tumaini Lane.</translation>
    </message>
    <message>
        <source>Neighbours sit outside in the day.</source>
        <translation>يجلس الجيران في الخارج خلال النهار.</translation>
    </message>
    <message>
        <source>Boda boda riders stop and harass girls at night.</source>
        <extracomment>Boda bodas are motorcycle taxis (East Africa): say the local word for them.</extracomment>
        <translation>سائقو الدراجات النارية الأجرة يتوقفون ويتحرشون بالفتيات ليلاً.</translation>
    </message>
    <message>
        <source>Shops open late and well lit.</source>
        <translation>المحلات تفتح حتى وقت متأخر وإنارتها جيدة.</translation>
    </message>
    <message>
        <source>Theft</source>
        <extracomment>An incident category in the police records (invented).</extracomment>
        <translation>سرقة</translation>
    </message>
    <message>
        <source>Robbery</source>
        <translation>سطو</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>اعتداء</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>تحرش جنسي</translation>
    </message>
    <message>
        <source>Drug offence</source>
        <translation>جريمة مخدرات</translation>
    </message>
    <message>
        <source>Vandalism</source>
        <translation>تخريب</translation>
    </message>
    <message>
        <source>County Public Lighting Department</source>
        <translation>إدارة الإنارة العامة في المقاطعة</translation>
    </message>
    <message>
        <source>Installs and repairs street and public lighting; holds the lighting budget</source>
        <translation>تركّب إنارة الشوارع والأماكن العامة وتصلحها، وتدير ميزانية الإنارة</translation>
    </message>
    <message>
        <source>Eng. A. Otieno, lighting works office, 0700 100 200 (invented)</source>
        <extracomment>An invented contact person: keep the name and the phone number as they are.</extracomment>
        <translation>المهندس A. Otieno، مكتب أعمال الإنارة، 0700 100 200 (مختلق)</translation>
    </message>
    <message>
        <source>County Roads and Transport Department</source>
        <translation>إدارة الطرق والنقل في المقاطعة</translation>
    </message>
    <message>
        <source>Builds stops, crossings and footpaths; licenses matatu stages</source>
        <extracomment>A matatu is a shared minibus taxi (East Africa); a stage is where they wait for passengers.</extracomment>
        <translation>تبني المواقف ومعابر المشاة والممرات، وترخّص مواقف الحافلات الصغيرة</translation>
    </message>
    <message>
        <source>Riverside Police Post</source>
        <translation>مخفر شرطة Riverside</translation>
    </message>
    <message>
        <source>Patrols and the community policing desk</source>
        <translation>الدوريات ومكتب الشرطة المجتمعية</translation>
    </message>
    <message>
        <source>Riverside Ward Administrator&apos;s Office</source>
        <translation>مكتب إدارة حي Riverside</translation>
    </message>
    <message>
        <source>Convenes ward meetings, allocates public land and market space</source>
        <translation>يدعو إلى اجتماعات الحي ويخصّص الأراضي العامة ومساحات السوق</translation>
    </message>
    <message>
        <source>Riverside Market Traders&apos; Association</source>
        <translation>جمعية تجار سوق Riverside</translation>
    </message>
    <message>
        <source>Represents about 300 stallholders; runs market cleaning and the night guard</source>
        <translation>تمثّل نحو 300 من أصحاب البسطات، وتتولى تنظيف السوق والحراسة الليلية</translation>
    </message>
    <message>
        <source>Chairperson M. Njeri, stall 114, traders@riverside.invalid (invented)</source>
        <extracomment>An invented contact person: keep the name and the e-mail address as they are.</extracomment>
        <translation>الرئيسة M. Njeri، البسطة 114، traders@riverside.invalid (مختلق)</translation>
    </message>
    <message>
        <source>Riverside Matatu Owners&apos; and Drivers&apos; Association</source>
        <extracomment>A matatu is a shared minibus taxi (East Africa): say the local word for one.</extracomment>
        <translation>جمعية مالكي وسائقي الحافلات الصغيرة في Riverside</translation>
    </message>
    <message>
        <source>Runs the routes through Riverside Interchange and Riverside Halt</source>
        <extracomment>“Riverside Halt” and “Riverside Interchange” are names on the sample&apos;s map: keep them as written.</extracomment>
        <translation>تشغّل الخطوط المارّة عبر Riverside Interchange و Riverside Halt</translation>
    </message>
    <message>
        <source>Riverside Residents&apos; Association</source>
        <translation>جمعية سكان Riverside</translation>
    </message>
    <message>
        <source>Elected street representatives; organises clean-ups</source>
        <translation>ممثلو الشوارع المنتخبون؛ تنظّم حملات النظافة</translation>
    </message>
    <message>
        <source>Mto Women&apos;s Group</source>
        <translation>مجموعة نساء Mto</translation>
    </message>
    <message>
        <source>Savings group of women traders; runs the evening watch rota</source>
        <translation>مجموعة ادخار للتاجرات، تنظّم جدول مناوبات الحراسة المسائية</translation>
    </message>
    <message>
        <source>Riverside Youth Football Club</source>
        <translation>نادي Riverside لكرة القدم للشباب</translation>
    </message>
    <message>
        <source>Coaches about 120 girls and boys at Riverside Grounds</source>
        <extracomment>“Riverside Grounds” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>يدرّب نحو 120 فتاة وفتى في Riverside Grounds</translation>
    </message>
    <message>
        <source>Riverside Safer Neighbourhoods Trust</source>
        <translation>مؤسسة أحياء أكثر أماناً في Riverside</translation>
    </message>
    <message>
        <source>NGO that facilitated the safety audit; raises funds for small works</source>
        <translation>منظمة غير حكومية يسّرت تدقيق السلامة، وتجمع التبرعات للأشغال الصغيرة</translation>
    </message>
    <message>
        <source>Riverside Interfaith Forum</source>
        <translation>منتدى Riverside للحوار بين الأديان</translation>
    </message>
    <message>
        <source>Mosques and churches of the ward; hosts youth and parents&apos; meetings</source>
        <translation>مساجد الحي وكنائسه؛ يستضيف اجتماعات الشباب وأولياء الأمور</translation>
    </message>
    <message>
        <source>Mean safety score of the audit points at these places (re-audit walks, day and night)</source>
        <translation>متوسط درجة السلامة لنقاط التدقيق في هذه الأماكن (جولات تدقيق متكررة، نهاراً وليلاً)</translation>
    </message>
    <message>
        <source>From the audit walks&apos; dark spots.</source>
        <extracomment>The description of an action that comes from the audit walks rather than from a proposal.</extracomment>
        <translation>مستمدة من النقاط المظلمة في جولات التدقيق.</translation>
    </message>
    <message>
        <source>Shelter and lights at Riverside Halt</source>
        <extracomment>“Riverside Halt” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>مظلة وإنارة في Riverside Halt</translation>
    </message>
    <message>
        <source>Women waiting at the halt after 19:00 (evening count, 2 weekdays)</source>
        <translation>النساء المنتظرات في المحطة بعد الساعة 19:00 (عدّ مسائي في يومَي عمل)</translation>
    </message>
    <message>
        <source>3 women on average (count of 20–21 March 2026)</source>
        <translation>3 نساء في المتوسط (عدّ يومَي 20 و21 مارس 2026)</translation>
    </message>
    <message>
        <source>At least 10 by March 2027</source>
        <translation>10 على الأقل بحلول مارس 2027</translation>
    </message>
    <message>
        <source>Public toilets inside the market</source>
        <translation>دورات مياه عامة داخل السوق</translation>
    </message>
    <message>
        <source>Market toilet block open and staffed 06:00–21:00</source>
        <translation>دورات مياه السوق مفتوحة وفيها عاملون من 06:00 إلى 21:00</translation>
    </message>
    <message>
        <source>No public toilet inside the market</source>
        <translation>لا توجد دورة مياه عامة داخل السوق</translation>
    </message>
    <message>
        <source>Open every market day by December 2027</source>
        <translation>مفتوحة في كل أيام السوق بحلول ديسمبر 2027</translation>
    </message>
    <message>
        <source>Solar lights on the Mto footbridge</source>
        <translation>إنارة شمسية على جسر Mto للمشاة</translation>
    </message>
    <message>
        <source>2.5 / 5 at the re-audit in July 2026</source>
        <translation>2.5 / 5 عند إعادة التدقيق في يوليو 2026</translation>
    </message>
    <message>
        <source>Light the market&apos;s back lanes</source>
        <translation>إنارة الأزقة الخلفية للسوق</translation>
    </message>
    <message>
        <source>3.5 / 5 by the 2027 audit</source>
        <translation>3.5 / 5 بحلول تدقيق 2027</translation>
    </message>
    <message>
        <source>Street lights on Tumaini Lane</source>
        <extracomment>“Tumaini Lane” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>إنارة الشوارع في Tumaini Lane</translation>
    </message>
    <message>
        <source>Working street lamps on Tumaini Lane</source>
        <extracomment>“Tumaini Lane” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>مصابيح الشوارع العاملة في Tumaini Lane</translation>
    </message>
    <message>
        <source>0 of 9 lamp posts working</source>
        <translation>0 من 9 أعمدة إنارة تعمل</translation>
    </message>
    <message>
        <source>9 of 9 working, checked monthly</source>
        <translation>9 من 9 تعمل، مع فحص شهري</translation>
    </message>
    <message>
        <source>Seating and shade in Mto Park</source>
        <extracomment>“Mto Park” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>مقاعد وظلال في Mto Park</translation>
    </message>
    <message>
        <source>Older people and carers using the park on weekday afternoons</source>
        <translation>كبار السن ومقدّمو الرعاية الذين يرتادون الحديقة بعد الظهر في أيام الأسبوع</translation>
    </message>
    <message>
        <source>About 5 (count of 18 March 2026)</source>
        <translation>نحو 5 (عدّ يوم 18 مارس 2026)</translation>
    </message>
    <message>
        <source>15 or more</source>
        <translation>15 أو أكثر</translation>
    </message>
    <message>
        <source>Upgrade the bus stop at Riverside Road South</source>
        <extracomment>“Riverside Road South” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>تحسين موقف الحافلات في Riverside Road South</translation>
    </message>
    <message>
        <source>Stop has a lit shelter and a timetable board</source>
        <translation>في الموقف مظلة مضاءة ولوحة مواعيد</translation>
    </message>
    <message>
        <source>Pole only, no light</source>
        <translation>عمود فقط، بلا إنارة</translation>
    </message>
    <message>
        <source>Shelter, lamp and board installed</source>
        <translation>تركيب المظلة والمصباح واللوحة</translation>
    </message>
    <message>
        <source>Evening football league with a floodlit pitch</source>
        <translation>دوري كرة قدم مسائي في ملعب مضاء</translation>
    </message>
    <message>
        <source>Young people (girls counted apart) playing in the evening league</source>
        <translation>الشباب (مع عدّ الفتيات على حدة) الذين يلعبون في الدوري المسائي</translation>
    </message>
    <message>
        <source>No evening activity at the grounds</source>
        <translation>لا نشاط مسائي في الملعب</translation>
    </message>
    <message>
        <source>120 players, at least 40 girls</source>
        <translation>120 لاعباً، منهم 40 فتاة على الأقل</translation>
    </message>
    <message>
        <source>Light the riverbank path, or close it after dark with a lit detour</source>
        <translation>إنارة ممر ضفة النهر، أو إغلاقه بعد حلول الظلام مع تحويلة مضاءة</translation>
    </message>
    <message>
        <source>No point below 1.5 / 5, by day or at night</source>
        <translation>لا نقطة دون 1.5 / 5، نهاراً أو ليلاً</translation>
    </message>
    <message>
        <source>Market traders&apos; evening watch</source>
        <translation>حراسة مسائية يتولاها تجار السوق</translation>
    </message>
    <message>
        <source>Evenings a week the watch rota is covered</source>
        <translation>عدد الأمسيات في الأسبوع التي تُغطّى فيها مناوبات الحراسة</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ بعد</translation>
    </message>
    <message>
        <source>6 evenings a week</source>
        <translation>6 أمسيات في الأسبوع</translation>
    </message>
    <message>
        <source>Gun-free zone around the school</source>
        <translation>منطقة خالية من الأسلحة حول المدرسة</translation>
    </message>
    <message>
        <source>Signs up and a parents&apos; pledge signed</source>
        <translation>تركيب اللافتات وتوقيع أولياء الأمور على تعهّد</translation>
    </message>
    <message>
        <source>No signs</source>
        <translation>لا توجد لافتات</translation>
    </message>
    <message>
        <source>Signs at all 4 gates; 200 pledges</source>
        <translation>لافتات عند البوابات الأربع كلها؛ 200 تعهّد</translation>
    </message>
    <message>
        <source>Safe crossing at Soko junction</source>
        <translation>معبر آمن عند تقاطع Soko Street</translation>
    </message>
    <message>
        <source>Marked crossing with a refuge island and a lamp</source>
        <translation>معبر مشاة مخطّط مع جزيرة أمان ومصباح</translation>
    </message>
    <message>
        <source>Unmarked, unlit junction</source>
        <translation>تقاطع بلا علامات وبلا إنارة</translation>
    </message>
    <message>
        <source>Crossing built before the 2027 rains</source>
        <translation>إنشاء المعبر قبل أمطار 2027</translation>
    </message>
    <message>
        <source>Riverside Market sample</source>
        <extracomment>The name of the sample project. Riverside is the invented neighbourhood&apos;s name.</extracomment>
        <translation>مثال: سوق Riverside</translation>
    </message>
    <message>
        <source>Riverside (fictional neighbourhood)</source>
        <translation>Riverside (حي خيالي)</translation>
    </message>
    <message>
        <source>Invented sample data for trying CoSafe. Riverside is a fictional neighbourhood: its river, market, streets, buildings and places were generated by a program and describe no real place or people. It is placed near lon 36.85, lat -1.28 only so that distances and scale bars are real.</source>
        <translation>بيانات نموذجية مختلقة لتجربة CoSafe. Riverside حي خيالي: نهره وسوقه وشوارعه ومبانيه وأماكنه أنشأها برنامج حاسوبي، ولا تصف أي مكان حقيقي أو أشخاص حقيقيين. وُضع قرب lon 36.85 و lat -1.28 فقط لتكون المسافات ومقاييس الرسم حقيقية.</translation>
    </message>
    <message>
        <source>Riverside basemap</source>
        <extracomment>The name of the sample&apos;s map layer.</extracomment>
        <translation>خريطة الأساس لـ Riverside</translation>
    </message>
    <message>
        <source>Sample data, invented for CoSafe</source>
        <translation>بيانات نموذجية مختلقة لأجل CoSafe</translation>
    </message>
    <message>
        <source>Women traders</source>
        <translation>التاجرات</translation>
    </message>
    <message>
        <source>Proposed by the women traders group.</source>
        <extracomment>The description of every proposal of the group “Women traders”.</extracomment>
        <translation>اقتراح من مجموعة التاجرات.</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>الشباب</translation>
    </message>
    <message>
        <source>Proposed by the youth group.</source>
        <extracomment>The description of every proposal of the group “Youth”.</extracomment>
        <translation>اقتراح من مجموعة الشباب.</translation>
    </message>
    <message>
        <source>Residents and elders</source>
        <translation>السكان وكبار السن</translation>
    </message>
    <message>
        <source>Proposed by the residents and elders group.</source>
        <extracomment>The description of every proposal of the group “Residents and elders”.</extracomment>
        <translation>اقتراح من مجموعة السكان وكبار السن.</translation>
    </message>
    <message>
        <source>Riverside safety mapping workshop</source>
        <translation>ورشة عمل لرسم خريطة السلامة في Riverside</translation>
    </message>
    <message>
        <source>Riverside Community Hall</source>
        <translation>القاعة المجتمعية في Riverside</translation>
    </message>
    <message>
        <source>Municipal safety officer and a community leader</source>
        <translation>مسؤول السلامة في البلدية وإحدى قائدات المجتمع المحلي</translation>
    </message>
    <message>
        <source>Three groups mapped where they feel unsafe and what would help; each person had 3 dots.</source>
        <translation>رسمت ثلاث مجموعات على الخريطة الأماكن التي لا تشعر فيها بالأمان وما قد يساعد؛ وكان لكل شخص 3 نقاط تصويت.</translation>
    </message>
    <message>
        <source>Vending bays along Soko Street</source>
        <extracomment>“Soko Street” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>أماكن مخصّصة للبيع على طول Soko Street</translation>
    </message>
    <message>
        <source>Lit walkway from the market to the interchange</source>
        <translation>ممر مضاء من السوق إلى محطة النقل</translation>
    </message>
    <message>
        <source>Clear the blind corner at the market gate</source>
        <translation>إزالة الزاوية العمياء عند بوابة السوق</translation>
    </message>
    <message>
        <source>Repave the market&apos;s muddy walkways</source>
        <translation>إعادة رصف ممرات السوق الموحلة</translation>
    </message>
    <message>
        <source>Floodlit pitch at Riverside Grounds</source>
        <extracomment>“Riverside Grounds” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>ملعب مضاء بالكشافات في Riverside Grounds</translation>
    </message>
    <message>
        <source>Evening youth programme in Mto Park</source>
        <extracomment>“Mto Park” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>برنامج مسائي للشباب في Mto Park</translation>
    </message>
    <message>
        <source>Lights on the Mto footbridge</source>
        <translation>إنارة على جسر Mto للمشاة</translation>
    </message>
    <message>
        <source>Trim the bushes along Riverside Walk</source>
        <extracomment>“Riverside Walk” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>تقليم الشجيرات على طول Riverside Walk</translation>
    </message>
    <message>
        <source>Mural on the railway wall</source>
        <translation>جدارية على جدار السكة الحديدية</translation>
    </message>
    <message>
        <source>Signs from the river to the interchange</source>
        <translation>لافتات إرشادية من النهر إلى محطة النقل</translation>
    </message>
    <message>
        <source>Riverbank clean-up days</source>
        <translation>أيام لتنظيف ضفة النهر</translation>
    </message>
    <message>
        <source>Neighbourhood watch by the health centre</source>
        <translation>حراسة مجتمعية قرب المركز الصحي</translation>
    </message>
    <message>
        <source>Safe crossing by the primary school</source>
        <translation>معبر آمن قرب المدرسة الابتدائية</translation>
    </message>
    <message>
        <source>Ramp and handrail at the footbridge</source>
        <translation>منحدر ودرابزين عند جسر المشاة</translation>
    </message>
    <message>
        <source>Greening in front of the police post</source>
        <translation>تشجير أمام مخفر الشرطة</translation>
    </message>
</context>
<context>
    <name>ScoreField</name>
    <message>
        <source>%1: type %2–%3 (0 = poor, 3 = good), Space to leave it blank; a comment goes in the comment field below the scores</source>
        <translation>%1: اكتب %2–%3 (0 = ضعيف، 3 = جيد)، أو Space لتركه فارغاً؛ يُكتب التعليق في حقل التعليق أسفل الدرجات</translation>
    </message>
</context>
<context>
    <name>SheetPhotos</name>
    <message>
        <source>Add Photo…</source>
        <translation>إضافة صورة…</translation>
    </message>
    <message>
        <source>Photos of this point (Ctrl+P); saved with the sheet</source>
        <translation>صور هذه النقطة (Ctrl+P)؛ تُحفظ مع الورقة</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between problems</comment>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Remove photo from audit point %1</source>
        <translation>إزالة صورة من نقطة التدقيق %1</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>No workshop is called %1</source>
        <translation>لا توجد ورشة عمل باسم %1</translation>
    </message>
    <message>
        <source>No group is called %1</source>
        <translation>لا توجد مجموعة باسم %1</translation>
    </message>
    <message>
        <source>There is no group to print a map for: add groups to a workshop first</source>
        <translation>لا توجد مجموعة لطباعة خريطة لها: أضف مجموعات إلى ورشة عمل أولًا</translation>
    </message>
    <message>
        <source>Nothing to print: the project has no workshop area and no basemap</source>
        <translation>لا شيء للطباعة: ليس للمشروع منطقة ورشة عمل ولا خريطة أساس</translation>
    </message>
    <message>
        <source>Orange-red dot: an unsafe place</source>
        <translation>نقطة حمراء برتقالية: مكان غير آمن</translation>
    </message>
    <message>
        <source>Green dot: a safe place</source>
        <translation>نقطة خضراء: مكان آمن</translation>
    </message>
    <message>
        <source>Blue dot: an idea for a change</source>
        <translation>نقطة زرقاء: فكرة للتغيير</translation>
    </message>
    <message>
        <source>The sheets were not written: the folder %1 does not exist</source>
        <translation>لم تُكتب الأوراق: المجلد %1 غير موجود</translation>
    </message>
    <message>
        <source>Audit sheets</source>
        <translation>أوراق التدقيق</translation>
    </message>
    <message>
        <source>Audit walk “%1”</source>
        <comment>a printed audit sheet&apos;s title: the walk&apos;s title</comment>
        <translation>جولة التدقيق «%1»</translation>
    </message>
    <message>
        <source>Tick one box in each row: 0 = poor, 3 = good. Leave a row empty if you did not look.</source>
        <translation>ضع علامة في مربع واحد في كل سطر: 0 = ضعيف، 3 = جيد. اترك السطر فارغًا إن لم تلاحظ.</translation>
    </message>
    <message>
        <source>Point %1</source>
        <comment>an audit point&apos;s number on a printed sheet</comment>
        <translation>النقطة %1</translation>
    </message>
    <message>
        <source>Time of day</source>
        <comment>the row of day, dusk and night boxes on an audit sheet</comment>
        <translation>وقت اليوم</translation>
    </message>
    <message>
        <source>3: %1</source>
        <comment>what a score of 3 means for a criterion</comment>
        <translation>3: %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>نهار</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>ليل</translation>
    </message>
    <message>
        <source>Dusk</source>
        <translation>غسق</translation>
    </message>
    <message>
        <source>Route (points numbered along the walk)</source>
        <translation>المسار (النقاط مرقمة على طول الجولة)</translation>
    </message>
    <message>
        <source>Group maps</source>
        <translation>خرائط المجموعات</translation>
    </message>
    <message>
        <source>The sheets were not written to %1: %2</source>
        <translation>لم تُكتب الأوراق في %1: %2</translation>
    </message>
    <message>
        <source>Group %1 · %2</source>
        <comment>a printed map&apos;s title: the group&apos;s name, the workshop&apos;s title</comment>
        <translation>المجموعة %1 · %2</translation>
    </message>
    <message>
        <source>Sheet %1 · part %2 of %3</source>
        <comment>a tile of a large area: %1 the sheet&apos;s number</comment>
        <translation>الورقة %1 · الجزء %2 من %3</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <comment>the printed map&apos;s number</comment>
        <translation>الورقة %1</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <translation>معنى الألوان</translation>
    </message>
    <message>
        <source>Pen line: a route</source>
        <translation>خط بالقلم: مسار</translation>
    </message>
    <message>
        <source>Closed pen line: an area for an idea</source>
        <translation>خط مغلق بالقلم: منطقة لفكرة</translation>
    </message>
    <message>
        <source>Notes (write the note&apos;s number beside its dot)</source>
        <translation>ملاحظات (اكتب رقم الملاحظة بجانب نقطتها)</translation>
    </message>
    <message>
        <source>Group %1 · %2 · overview</source>
        <comment>the overview page of a large area&apos;s map: the group&apos;s name, the workshop&apos;s title</comment>
        <translation>المجموعة %1 · %2 · نظرة عامة</translation>
    </message>
    <message numerus="yes">
        <source>The area is printed on %Ln sheets. Put the dots and lines on the numbered sheets, not on this page.</source>
        <translation>
            <numerusform>المنطقة مطبوعة على %Ln ورقة. ضعوا النقاط والخطوط على الأوراق المرقمة، لا على هذه الصفحة.</numerusform>
            <numerusform>المنطقة مطبوعة على %Ln ورقة. ضعوا النقاط والخطوط على الورقة المرقمة، لا على هذه الصفحة.</numerusform>
            <numerusform>المنطقة مطبوعة على %Ln ورقتين. ضعوا النقاط والخطوط على الورقتين المرقمتين، لا على هذه الصفحة.</numerusform>
            <numerusform>المنطقة مطبوعة على %Ln أوراق. ضعوا النقاط والخطوط على الأوراق المرقمة، لا على هذه الصفحة.</numerusform>
            <numerusform>المنطقة مطبوعة على %Ln ورقة. ضعوا النقاط والخطوط على الأوراق المرقمة، لا على هذه الصفحة.</numerusform>
            <numerusform>المنطقة مطبوعة على %Ln ورقة. ضعوا النقاط والخطوط على الأوراق المرقمة، لا على هذه الصفحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a photo CoSafe can read (JPEG, PNG, TIFF, WebP)</source>
        <translation>%1 ليست صورة يستطيع CoSafe قراءتها (JPEG، PNG، TIFF، WebP)</translation>
    </message>
    <message>
        <source>This photo is not a CoSafe sheet: its corner markers were not found</source>
        <translation>هذه الصورة ليست ورقة CoSafe: لم يُعثر على علامات زواياها</translation>
    </message>
    <message>
        <source>This sheet&apos;s QR code and its corner markers do not agree: it cannot be read</source>
        <translation>رمز QR لهذه الورقة وعلامات زواياها غير متطابقة: تتعذّر قراءتها</translation>
    </message>
    <message>
        <source>This photo shows corner markers but its QR code cannot be read: take the photo again with the whole sheet in view and in focus</source>
        <translation>تُظهر هذه الصورة علامات الزوايا لكن تتعذّر قراءة رمز QR: التقط الصورة مجددًا والورقة كلها ظاهرة وواضحة</translation>
    </message>
    <message>
        <source>This photo is not a CoSafe sheet: its QR code is not a CoSafe sheet&apos;s</source>
        <translation>هذه الصورة ليست ورقة CoSafe: رمز QR فيها ليس رمز ورقة CoSafe</translation>
    </message>
    <message>
        <source>This is a sheet of another project, not of %1</source>
        <translation>هذه ورقة من مشروع آخر، وليست من %1</translation>
    </message>
    <message>
        <source>Audit sheet %1 is for an audit walk this project no longer has</source>
        <translation>ورقة التدقيق %1 لجولة تدقيق لم تعد في هذا المشروع</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked “%2”, “%3” and “%4” at different points; the audit walk %5 is recorded as “%6”</source>
        <comment>%2, %3, %4: day, dusk and night; %6: the walk&apos;s time of day</comment>
        <translation>في ورقة التدقيق %1 أُشِّر على «%2» و«%3» و«%4» في نقاط مختلفة؛ جولة التدقيق %5 مسجلة على أنها «%6»</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked both “%2” and “%3” at different points; the audit walk %4 is recorded as “%5”</source>
        <comment>%2, %3: two of day, dusk and night; %5: the walk&apos;s time of day</comment>
        <translation>في ورقة التدقيق %1 أُشِّر على «%2» و«%3» معًا في نقاط مختلفة؛ جولة التدقيق %4 مسجلة على أنها «%5»</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked “%2” and the audit walk %3 had no scores yet: its time of day is now “%2”</source>
        <comment>%2: day, dusk or night</comment>
        <translation>في ورقة التدقيق %1 أُشِّر على «%2» ولم تكن لجولة التدقيق %3 درجات بعد: وقت اليوم لها الآن «%2»</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked “%2” and the audit walk %3 has no scores yet: storing the sheet sets its time of day to “%2”</source>
        <comment>%2: day, dusk or night</comment>
        <translation>في ورقة التدقيق %1 أُشِّر على «%2» وليست لجولة التدقيق %3 درجات بعد: حفظ الورقة يجعل وقت اليوم لها «%2»</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked “%2”, but the audit walk %3 is recorded as “%4”: its scores are stored on the walk as recorded</source>
        <comment>%2: day, dusk or night; %4: the walk&apos;s time of day</comment>
        <translation>في ورقة التدقيق %1 أُشِّر على «%2»، لكن جولة التدقيق %3 مسجلة على أنها «%4»: تُحفظ درجاتها على الجولة كما هي مسجلة</translation>
    </message>
    <message>
        <source>Audit sheet %1 of this audit walk was read on %2</source>
        <comment>%1: the sheet&apos;s number, %2: a date</comment>
        <translation>قُرئت ورقة التدقيق %1 لجولة التدقيق هذه في %2</translation>
    </message>
    <message>
        <source>Read audit sheet %1 (%2)</source>
        <comment>%1: the sheet&apos;s number, %2: the audit walk</comment>
        <translation>قراءة ورقة التدقيق %1 (%2)</translation>
    </message>
    <message>
        <source>Sheet %1 is for a group this project no longer has</source>
        <translation>الورقة %1 لمجموعة لم تعد في هذا المشروع</translation>
    </message>
    <message>
        <source>This photo was read on %1</source>
        <translation>قُرئت هذه الصورة في %1</translation>
    </message>
    <message>
        <source>Sheet %1 of this group was read on %2</source>
        <comment>%1: the sheet&apos;s number, %2: a date</comment>
        <translation>قُرئت الورقة %1 لهذه المجموعة في %2</translation>
    </message>
    <message>
        <source>From paper sheet %1</source>
        <comment>a proposal read from a photo of a printed group map</comment>
        <translation>من الورقة الورقية %1</translation>
    </message>
    <message>
        <source>Read paper sheet %1 (%2)</source>
        <comment>%1: the sheet&apos;s number, %2: the group</comment>
        <translation>قراءة الورقة %1 (%2)</translation>
    </message>
    <message>
        <source>Note %1 on paper sheet %2</source>
        <comment>a dot&apos;s number written on a printed group map</comment>
        <translation>الملاحظة %1 في الورقة الورقية %2</translation>
    </message>
    <message>
        <source>%1

From paper sheet %2, note %3</source>
        <comment>%1: the note&apos;s text typed from the paper</comment>
        <translation>%1

من الورقة الورقية %2، الملاحظة %3</translation>
    </message>
    <message>
        <source>The notes in %1 cannot be read: %2</source>
        <translation>تعذّرت قراءة الملاحظات في %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no numbered notes: give rows of number,text (CSV) or {&quot;number&quot;: &quot;text&quot;} (JSON)</source>
        <translation>لا يحتوي %1 على ملاحظات مرقّمة: أعطِ أسطر رقم,نص (CSV) أو {&quot;رقم&quot;: &quot;نص&quot;} (JSON)</translation>
    </message>
    <message>
        <source>No audit walk is called %1</source>
        <translation>لا توجد جولة تدقيق باسم %1</translation>
    </message>
    <message>
        <source>The audit walk %1 has no route: draw its route first</source>
        <translation>جولة التدقيق %1 بلا مسار: ارسم مسارها أولًا</translation>
    </message>
    <message>
        <source>The audit walk %1 has no criteria to score</source>
        <translation>جولة التدقيق %1 ليس لها معايير لتقييمها</translation>
    </message>
    <message>
        <source>The audit walk %1 has %2 criteria: at most %3 fit on a sheet of this paper</source>
        <translation>لجولة التدقيق %1 عدد %2 من المعايير: لا يتسع منها على ورقة بهذا الحجم إلا %3 على الأكثر</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>on the map</source>
        <translation>على الخريطة</translation>
    </message>
    <message>
        <source>Elsewhere in the window</source>
        <translation>في أماكن أخرى من النافذة</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>على الخريطة</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>keys of one command</comment>
        <translation>%1 أو %2</translation>
    </message>
    <message>
        <source>in its panel</source>
        <translation>في لوحته</translation>
    </message>
    <message>
        <source>Move the map</source>
        <translation>تحريك الخريطة</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>مفاتيح الأسهم</translation>
    </message>
    <message>
        <source>Zoom in, zoom out</source>
        <translation>تكبير، تصغير</translation>
    </message>
    <message>
        <source>+ and −</source>
        <translation>+ و −</translation>
    </message>
    <message>
        <source>Click at the centre: place a point, pin or vertex, select</source>
        <translation>النقر في المركز: وضع نقطة أو دبوس أو رأس، التحديد</translation>
    </message>
    <message>
        <source>Insert, or Enter</source>
        <translation>Insert، أو Enter</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source> · </source>
        <comment>between the keys of one line of the key help</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a key and what it chooses</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gender&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Age&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Role&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Group&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Space&lt;/b&gt; consent · &lt;b&gt;Tab&lt;/b&gt; next cell · &lt;b&gt;Enter&lt;/b&gt; next person · &lt;b&gt;Ctrl+Enter&lt;/b&gt; save</source>
        <translation>&lt;b&gt;الجنس&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;العمر&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;الدور&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;المجموعة&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Space&lt;/b&gt; الموافقة · &lt;b&gt;Tab&lt;/b&gt; الخلية التالية · &lt;b&gt;Enter&lt;/b&gt; الشخص التالي · &lt;b&gt;Ctrl+Enter&lt;/b&gt; حفظ</translation>
    </message>
    <message>
        <source>no groups yet</source>
        <translation>لا مجموعات بعد</translation>
    </message>
    <message>
        <source>w m n u</source>
        <comment>the keys typed for Woman, Man, Non-binary, Prefer not to say, in this order: four different single letters separated by spaces, each the first letter of its word as translated where you can</comment>
        <translation>ا ر غ أ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a group&apos;s key and name</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>SignInSheet</name>
    <message>
        <source>CoSafe records people anonymously — no names. Give each person the code on the left (write it on their name badge) so their votes and pins can be linked to it.</source>
        <translation>يسجّل CoSafe الأشخاص دون كشف هويتهم — بلا أسماء. أعطِ كل شخص الرمز الموجود على اليسار (اكتبه على بطاقته) لربط أصواته ودبابيسه به.</translation>
    </message>
    <message>
        <source>Sign-in Sheet — %1</source>
        <translation>ورقة التسجيل — %1</translation>
    </message>
    <message>
        <source>Participants signed in</source>
        <translation>المشاركون المسجلون</translation>
    </message>
    <message>
        <source>One row per participant: code, name, group and the answers; type in a row, Enter or Tab moves on</source>
        <translation>صف لكل مشارك: الرمز والاسم والمجموعة والإجابات؛ اكتب في الصف، وEnter أو Tab للانتقال</translation>
    </message>
    <message>
        <source>Already signed in: %1. New codes start at %2.</source>
        <translation>مسجلون بالفعل: %1. تبدأ الرموز الجديدة من %2.</translation>
    </message>
    <message>
        <source>Nobody signed in yet: codes start at P01.</source>
        <translation>لم يُسجَّل أحد بعد: تبدأ الرموز من P01.</translation>
    </message>
    <message>
        <source>A participant needs a code.</source>
        <translation>يحتاج المشارك إلى رمز.</translation>
    </message>
    <message>
        <source>%1 is already signed in to this workshop — codes must be unique.</source>
        <translation>%1 مسجل بالفعل في هذه الورشة — يجب أن تكون الرموز فريدة.</translation>
    </message>
    <message>
        <source>%1 is already on this sheet (row %2) — codes must be unique.</source>
        <translation>%1 موجود بالفعل في هذه الورقة (الصف %2) — يجب أن تكون الرموز فريدة.</translation>
    </message>
    <message numerus="yes">
        <source>Sign In %Ln People</source>
        <translation>
            <numerusform>تسجيل %Ln شخص</numerusform>
            <numerusform>تسجيل %Ln شخص</numerusform>
            <numerusform>تسجيل %Ln شخصين</numerusform>
            <numerusform>تسجيل %Ln أشخاص</numerusform>
            <numerusform>تسجيل %Ln شخص</numerusform>
            <numerusform>تسجيل %Ln شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>تسجيل</translation>
    </message>
    <message numerus="yes">
        <source>Sign in %Ln participants</source>
        <translation>
            <numerusform>تسجيل %Ln مشارك</numerusform>
            <numerusform>تسجيل %Ln مشارك</numerusform>
            <numerusform>تسجيل %Ln مشاركَين</numerusform>
            <numerusform>تسجيل %Ln مشاركين</numerusform>
            <numerusform>تسجيل %Ln مشارك</numerusform>
            <numerusform>تسجيل %Ln مشارك</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the sign-in sheet</source>
        <translation>تجاهل ورقة التسجيل</translation>
    </message>
    <message numerus="yes">
        <source>Close the sheet without signing in %Ln people?</source>
        <translation>
            <numerusform>إغلاق الورقة دون تسجيل %Ln شخص؟</numerusform>
            <numerusform>إغلاق الورقة دون تسجيل %Ln شخص؟</numerusform>
            <numerusform>إغلاق الورقة دون تسجيل %Ln شخصين؟</numerusform>
            <numerusform>إغلاق الورقة دون تسجيل %Ln أشخاص؟</numerusform>
            <numerusform>إغلاق الورقة دون تسجيل %Ln شخص؟</numerusform>
            <numerusform>إغلاق الورقة دون تسجيل %Ln شخص؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>SignInTable</name>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Gender (%1)</source>
        <translation>الجنس (%1)</translation>
    </message>
    <message>
        <source>Age (1–6)</source>
        <translation>العمر (1–6)</translation>
    </message>
    <message>
        <source>Role (letter)</source>
        <translation>الدور (حرف)</translation>
    </message>
    <message>
        <source>Group (1–9)</source>
        <translation>المجموعة (1–9)</translation>
    </message>
    <message>
        <source>Disability (optional)</source>
        <translation>الإعاقة (اختياري)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
</context>
<context>
    <name>SketchController</name>
    <message>
        <source>This project is read-only: drawing is turned off</source>
        <translation>هذا المشروع للقراءة فقط: الرسم متوقف</translation>
    </message>
    <message>
        <source>This project is read-only: nothing was drawn</source>
        <translation>هذا المشروع للقراءة فقط: لم يُرسم شيء</translation>
    </message>
    <message>
        <source>Nothing was drawn: %1</source>
        <comment>%1: why the shape was refused</comment>
        <translation>لم يُرسم شيء: %1</translation>
    </message>
    <message>
        <source>Draw point</source>
        <translation>رسم نقطة</translation>
    </message>
    <message>
        <source>Draw line</source>
        <translation>رسم خط</translation>
    </message>
    <message>
        <source>Draw area</source>
        <translation>رسم مساحة</translation>
    </message>
    <message>
        <source>Delete proposal</source>
        <translation>حذف المقترح</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln proposals</source>
        <translation>
            <numerusform>حذف %Ln مقترح</numerusform>
            <numerusform>حذف %Ln مقترح</numerusform>
            <numerusform>حذف %Ln مقترحين</numerusform>
            <numerusform>حذف %Ln مقترحات</numerusform>
            <numerusform>حذف %Ln مقترح</numerusform>
            <numerusform>حذف %Ln مقترح</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>a duplicated proposal&apos;s title</comment>
        <translation>%1 (نسخة)</translation>
    </message>
    <message>
        <source>Duplicate proposal</source>
        <translation>تكرار المقترح</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %Ln proposals</source>
        <translation>
            <numerusform>تكرار %Ln مقترح</numerusform>
            <numerusform>تكرار %Ln مقترح</numerusform>
            <numerusform>تكرار %Ln مقترحين</numerusform>
            <numerusform>تكرار %Ln مقترحات</numerusform>
            <numerusform>تكرار %Ln مقترح</numerusform>
            <numerusform>تكرار %Ln مقترح</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Finish Area</source>
        <translation>إ&amp;نهاء المساحة</translation>
    </message>
    <message>
        <source>&amp;Finish Line</source>
        <translation>إ&amp;نهاء الخط</translation>
    </message>
    <message>
        <source>&amp;Remove Last Point</source>
        <translation>إ&amp;زالة آخر نقطة</translation>
    </message>
    <message>
        <source>&amp;Cancel Area</source>
        <translation>إ&amp;لغاء المساحة</translation>
    </message>
    <message>
        <source>&amp;Cancel Line</source>
        <translation>إ&amp;لغاء الخط</translation>
    </message>
    <message>
        <source>Delete &amp;Vertex</source>
        <translation>حذف ال&amp;رأس</translation>
    </message>
    <message>
        <source>D&amp;uplicate Proposal</source>
        <translation>&amp;تكرار المقترح</translation>
    </message>
    <message numerus="yes">
        <source>D&amp;uplicate %Ln Proposals</source>
        <translation>
            <numerusform>&amp;تكرار %Ln مقترح</numerusform>
            <numerusform>&amp;تكرار %Ln مقترح</numerusform>
            <numerusform>&amp;تكرار %Ln مقترحين</numerusform>
            <numerusform>&amp;تكرار %Ln مقترحات</numerusform>
            <numerusform>&amp;تكرار %Ln مقترح</numerusform>
            <numerusform>&amp;تكرار %Ln مقترح</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete Proposal</source>
        <translation>&amp;حذف المقترح</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln Proposals</source>
        <translation>
            <numerusform>&amp;حذف %Ln مقترح</numerusform>
            <numerusform>&amp;حذف %Ln مقترح</numerusform>
            <numerusform>&amp;حذف %Ln مقترحين</numerusform>
            <numerusform>&amp;حذف %Ln مقترحات</numerusform>
            <numerusform>&amp;حذف %Ln مقترح</numerusform>
            <numerusform>&amp;حذف %Ln مقترح</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sketching</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;تحديد</translation>
    </message>
    <message>
        <source>Click a proposal to select it; Shift+click adds</source>
        <translation>انقر على مقترح لتحديده؛ Shift+نقر للإضافة</translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation>&amp;نقطة</translation>
    </message>
    <message>
        <source>Click to place a point proposal</source>
        <translation>انقر لوضع مقترح نقطي</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;خط</translation>
    </message>
    <message>
        <source>Click vertices; Enter or double-click finishes</source>
        <translation>انقر على الرؤوس؛ Enter أو النقر المزدوج للإنهاء</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;مساحة</translation>
    </message>
    <message>
        <source>Click corners; Enter or double-click finishes</source>
        <translation>انقر على الزوايا؛ Enter أو النقر المزدوج للإنهاء</translation>
    </message>
    <message>
        <source>&amp;Freehand</source>
        <translation>رسم &amp;حر</translation>
    </message>
    <message>
        <source>Press and drag; end near the start for an area</source>
        <translation>اضغط واسحب؛ انتهِ قرب البداية لرسم مساحة</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>ت&amp;حريك</translation>
    </message>
    <message>
        <source>Drag proposals to move them</source>
        <translation>اسحب المقترحات لتحريكها</translation>
    </message>
    <message>
        <source>Edit &amp;Vertices</source>
        <translation>تحرير ال&amp;رؤوس</translation>
    </message>
    <message>
        <source>Drag a vertex, click an edge to add one, Delete removes the one under the mouse</source>
        <translation>اسحب رأساً، أو انقر على ضلع لإضافة رأس، وDelete يزيل الرأس الذي تحت المؤشر</translation>
    </message>
    <message>
        <source>S&amp;nap to Basemap</source>
        <translation>&amp;التقاط إلى خريطة الأساس</translation>
    </message>
    <message>
        <source>Put new vertices on the nearest street or building corner</source>
        <translation>وضع الرؤوس الجديدة على أقرب شارع أو زاوية مبنى</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>ت&amp;كرار</translation>
    </message>
    <message>
        <source>Copy the selected proposals</source>
        <translation>نسخ المقترحات المحددة</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete the selected proposals</source>
        <translation>حذف المقترحات المحددة</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>الرسم</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>ال&amp;رسم</translation>
    </message>
    <message>
        <source>Show &amp;Groups</source>
        <translation>إظهار ال&amp;مجموعات</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a group (its workshop)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>إظهار ال&amp;كل</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>بلا مجموعة</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <source>Add Stakeholder</source>
        <translation>إضافة صاحب مصلحة</translation>
    </message>
    <message>
        <source>Edit Stakeholder</source>
        <translation>تحرير صاحب المصلحة</translation>
    </message>
    <message>
        <source>1 = little say over the outcome … 5 = can make or stop it</source>
        <translation>1 = تأثير ضئيل على النتيجة … 5 = يستطيع إنجازها أو إيقافها</translation>
    </message>
    <message>
        <source>1 = hardly affected or engaged … 5 = closely affected, keen to act</source>
        <translation>1 = بالكاد متأثر أو منخرط … 5 = متأثر مباشرةً ومتحمس للعمل</translation>
    </message>
    <message>
        <source>e.g. Municipal Lighting Department</source>
        <translation>مثلاً: إدارة الإنارة البلدية</translation>
    </message>
    <message>
        <source>What they do in the process, e.g. funds street lights</source>
        <translation>دوره في العملية، مثلاً: يموّل إنارة الشوارع</translation>
    </message>
    <message>
        <source>Name, phone or e-mail (optional)</source>
        <translation>الاسم أو الهاتف أو البريد الإلكتروني (اختياري)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Name, phone or e-mail of the contact person: private, never in an export</source>
        <translation>اسم جهة الاتصال أو هاتفها أو بريدها الإلكتروني: خاص، لا يظهر في أي تصدير</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>ال&amp;قطاع</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>ال&amp;دور</translation>
    </message>
    <message>
        <source>&amp;Influence (1–5)</source>
        <translation>ال&amp;تأثير (1–5)</translation>
    </message>
    <message>
        <source>I&amp;nterest (1–5)</source>
        <translation>الا&amp;هتمام (1–5)</translation>
    </message>
    <message>
        <source>Influence: %1.&lt;br&gt;Interest: %2.</source>
        <translation>التأثير: %1.&lt;br&gt;الاهتمام: %2.</translation>
    </message>
    <message>
        <source>Contact person — private</source>
        <translation>جهة الاتصال — خاص</translation>
    </message>
    <message>
        <source>Private: kept in this project file only. Never printed in the plan or written to any export, public or not.</source>
        <translation>خاص: يُحفظ في ملف المشروع هذا فقط. لا يُطبع في الخطة ولا يُكتب في أي تصدير، عاماً كان أم لا.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>StakeholderGrid</name>
    <message>
        <source>Manage closely</source>
        <translation>إدارة عن قرب</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>الحفاظ على رضاه</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>إبقاؤه على اطلاع</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>الاهتمام ←</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>التأثير ←</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>بلا اسم</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a stakeholder&apos;s name — the grid&apos;s advice, e.g. keep informed</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>StakeholderPanel</name>
    <message>
        <source>private contact on file</source>
        <translation>جهة اتصال خاصة محفوظة</translation>
    </message>
    <message>
        <source>manage closely</source>
        <translation>إدارة عن قرب</translation>
    </message>
    <message>
        <source>keep satisfied</source>
        <translation>الحفاظ على رضاه</translation>
    </message>
    <message>
        <source>keep informed</source>
        <translation>إبقاؤه على اطلاع</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>التأثير</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>الاهتمام</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>No stakeholders yet. Add the departments, businesses, community groups and NGOs the plan needs.</source>
        <translation>لا أصحاب مصلحة بعد. أضف الإدارات والأعمال التجارية والمجموعات المجتمعية والمنظمات غير الحكومية التي تحتاجها الخطة.</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>أصحاب المصلحة</translation>
    </message>
    <message>
        <source>The stakeholder register; Enter or double-click edits one</source>
        <translation>سجل أصحاب المصلحة؛ Enter أو النقر المزدوج لتحرير أحدهم</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Add a stakeholder to the register</source>
        <translation>إضافة صاحب مصلحة إلى السجل</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تحرير…</translation>
    </message>
    <message>
        <source>Edit the selected stakeholder</source>
        <translation>تحرير صاحب المصلحة المحدد</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove the selected stakeholder; actions lose them as a partner</source>
        <translation>إزالة صاحب المصلحة المحدد؛ تفقده الإجراءات شريكاً</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a stakeholder&apos;s name: the grid&apos;s advice, e.g. keep informed</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln صاحب مصلحة</numerusform>
            <numerusform>%Ln صاحب مصلحة</numerusform>
            <numerusform>%Ln صاحبا مصلحة</numerusform>
            <numerusform>%Ln أصحاب مصلحة</numerusform>
            <numerusform>%Ln صاحب مصلحة</numerusform>
            <numerusform>%Ln صاحب مصلحة</numerusform>
        </translation>
    </message>
    <message>
        <source>The stakeholder was not saved</source>
        <translation>لم يُحفظ صاحب المصلحة</translation>
    </message>
</context>
<context>
    <name>TranslationsDialog</name>
    <message>
        <source>Translations of “%1”</source>
        <translation>ترجمات «%1»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field and what was typed in it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>As typed (shown in every language without a label below):
%1</source>
        <translation>كما كُتب (يظهر في كل لغة ليس لها تسمية أدناه):
%1</translation>
    </message>
    <message>
        <source>Labels by language</source>
        <translation>التسميات حسب اللغة</translation>
    </message>
    <message>
        <source>One row per language; F2 or a double click types the label in it. An empty cell shows the text as typed</source>
        <translation>صف لكل لغة؛ يكتب F2 أو النقر المزدوج التسمية فيها. تعرض الخلية الفارغة النص كما كُتب</translation>
    </message>
    <message>
        <source>Words of CoSafe itself are translated for you; what you typed is not. Give it here in the languages your readers speak.</source>
        <translation>كلمات CoSafe نفسها مترجمة لك؛ أما ما كتبته فلا. اكتبه هنا باللغات التي يقرأ بها قرّاؤك.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Woman</source>
        <translation>امرأة</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>رجل</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>غير ثنائي الجنس</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>أفضّل عدم الإفصاح</translation>
    </message>
    <message>
        <source>Under 15</source>
        <translation>أقل من 15</translation>
    </message>
    <message>
        <source>15–24</source>
        <translation>15–24</translation>
    </message>
    <message>
        <source>25–39</source>
        <translation>25–39</translation>
    </message>
    <message>
        <source>40–59</source>
        <translation>40–59</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 فأكثر</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>مقيم</translation>
    </message>
    <message>
        <source>Trader / vendor</source>
        <translation>تاجر / بائع</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>طالب</translation>
    </message>
    <message>
        <source>Community leader</source>
        <translation>قائد مجتمعي</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>الشرطة</translation>
    </message>
    <message>
        <source>Municipal official</source>
        <translation>مسؤول بلدي</translation>
    </message>
    <message>
        <source>NGO / civil society</source>
        <translation>منظمة غير حكومية / مجتمع مدني</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>صاحب عمل</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>نهار</translation>
    </message>
    <message>
        <source>Dusk</source>
        <translation>غسق</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>ليل</translation>
    </message>
    <message>
        <source>Natural surveillance</source>
        <translation>المراقبة الطبيعية</translation>
    </message>
    <message>
        <source>Natural access control</source>
        <translation>التحكم الطبيعي في الوصول</translation>
    </message>
    <message>
        <source>Territorial reinforcement</source>
        <translation>تعزيز الإقليمية</translation>
    </message>
    <message>
        <source>Maintenance and image</source>
        <translation>الصيانة والصورة</translation>
    </message>
    <message>
        <source>Activity support</source>
        <translation>دعم الأنشطة</translation>
    </message>
    <message>
        <source>Target hardening</source>
        <translation>تحصين الأهداف</translation>
    </message>
    <message>
        <source>Social cohesion</source>
        <translation>التماسك الاجتماعي</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>الترابط</translation>
    </message>
    <message>
        <source>Community culture</source>
        <translation>ثقافة المجتمع</translation>
    </message>
    <message>
        <source>Threshold capacity</source>
        <translation>القدرة الاستيعابية</translation>
    </message>
    <message>
        <source>Street lighting</source>
        <translation>إنارة الشوارع</translation>
    </message>
    <message>
        <source>Clear sightlines / trim vegetation</source>
        <translation>خطوط رؤية واضحة / تقليم النباتات</translation>
    </message>
    <message>
        <source>Active frontage</source>
        <translation>واجهات نشطة</translation>
    </message>
    <message>
        <source>Seating and shade</source>
        <translation>مقاعد وظلال</translation>
    </message>
    <message>
        <source>Vending / market space</source>
        <translation>مساحة للبيع / سوق</translation>
    </message>
    <message>
        <source>Public toilets</source>
        <translation>دورات مياه عامة</translation>
    </message>
    <message>
        <source>Safe crossing</source>
        <translation>معبر آمن</translation>
    </message>
    <message>
        <source>Transport stop upgrade</source>
        <translation>تحسين محطة النقل</translation>
    </message>
    <message>
        <source>Wayfinding and signage</source>
        <translation>الإرشاد واللافتات</translation>
    </message>
    <message>
        <source>Paths and paving</source>
        <translation>الممرات والرصف</translation>
    </message>
    <message>
        <source>Greening</source>
        <translation>التشجير</translation>
    </message>
    <message>
        <source>Lighting of a transport interchange</source>
        <translation>إنارة محطة تبادل النقل</translation>
    </message>
    <message>
        <source>Youth programme / activity</source>
        <translation>برنامج / نشاط للشباب</translation>
    </message>
    <message>
        <source>Community watch</source>
        <translation>الحراسة المجتمعية</translation>
    </message>
    <message>
        <source>Clean-up and repair</source>
        <translation>التنظيف والإصلاح</translation>
    </message>
    <message>
        <source>Gun-free zone</source>
        <translation>منطقة خالية من الأسلحة</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>الفتيات</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>الشباب</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Elderly people</source>
        <translation>كبار السن</translation>
    </message>
    <message>
        <source>People with disabilities</source>
        <translation>الأشخاص ذوو الإعاقة</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Social development</source>
        <translation>التنمية الاجتماعية</translation>
    </message>
    <message>
        <source>Locally based (community)</source>
        <translation>محلي (مجتمعي)</translation>
    </message>
    <message>
        <source>Situational</source>
        <translation>ظرفي</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation>إعادة الإدماج</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>حكومي</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>قطاع الأعمال</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>مجتمعي</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <source>Short term</source>
        <translation>قصير المدى</translation>
    </message>
    <message>
        <source>Medium term</source>
        <translation>متوسط المدى</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>طويل المدى</translation>
    </message>
    <message>
        <source>Day and night</source>
        <translation>نهاراً وليلاً</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>مقترَح</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>في القائمة المختصرة</translation>
    </message>
    <message>
        <source>Agreed for the plan</source>
        <translation>متفق عليه للخطة</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>مستبعَد</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>متفق عليه</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجَز</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>آمن</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>غير آمن</translation>
    </message>
    <message>
        <source>Poor lighting</source>
        <translation>إنارة ضعيفة</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>تحرش</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>معزول</translation>
    </message>
    <message>
        <source>Crowded</source>
        <translation>مزدحم</translation>
    </message>
    <message>
        <source>Drugs / alcohol</source>
        <translation>مخدرات / كحول</translation>
    </message>
    <message>
        <source>No transport</source>
        <translation>لا نقل</translation>
    </message>
    <message>
        <source>Blind corner</source>
        <translation>زاوية عمياء</translation>
    </message>
    <message>
        <source>Well used</source>
        <translation>مستخدَم بكثرة</translation>
    </message>
    <message>
        <source>Friendly shops</source>
        <translation>متاجر ودودة</translation>
    </message>
    <message>
        <source>Good lighting</source>
        <translation>إنارة جيدة</translation>
    </message>
    <message>
        <source>Major road</source>
        <translation>طريق رئيسي</translation>
    </message>
    <message>
        <source>Minor road</source>
        <translation>طريق فرعي</translation>
    </message>
    <message>
        <source>Footway / path</source>
        <translation>ممر مشاة / درب</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>سكة حديد</translation>
    </message>
    <message>
        <source>River / canal</source>
        <translation>نهر / قناة</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>مياه</translation>
    </message>
    <message>
        <source>Park / green space</source>
        <translation>حديقة / مساحة خضراء</translation>
    </message>
    <message>
        <source>Land use</source>
        <translation>استخدام الأراضي</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>مبنى</translation>
    </message>
    <message>
        <source>Transport stop</source>
        <translation>محطة نقل</translation>
    </message>
    <message>
        <source>Street lamp</source>
        <translation>عمود إنارة</translation>
    </message>
    <message>
        <source>Point of interest</source>
        <translation>نقطة اهتمام</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Voting workshop</source>
        <translation>ورشة التصويت</translation>
    </message>
    <message>
        <source>The workshop whose proposals are voted on</source>
        <translation>الورشة التي يُصوَّت على مقترحاتها</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>المصوّت</translation>
    </message>
    <message>
        <source>Who is placing dots now</source>
        <translation>من يضع النقاط الآن</translation>
    </message>
    <message>
        <source>Next Voter</source>
        <translation>المصوّت التالي</translation>
    </message>
    <message>
        <source>Move on to the next voter in the list</source>
        <translation>الانتقال إلى المصوّت التالي في القائمة</translation>
    </message>
    <message>
        <source>Proposals to vote on</source>
        <translation>المقترحات المطروحة للتصويت</translation>
    </message>
    <message>
        <source>Click + to give the voter&apos;s dot to a proposal, − to take it back</source>
        <translation>انقر + لإعطاء نقطة المصوّت لمقترح، و− لاستعادتها</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>The proposals by dots received</source>
        <translation>المقترحات حسب النقاط التي حصلت عليها</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Place dots&lt;/b&gt; — click a proposal; right-click takes a dot back</source>
        <translation>&lt;b&gt;وضع النقاط&lt;/b&gt; — انقر على مقترح؛ النقر بالزر الأيمن يستعيد نقطة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ranking&lt;/b&gt; — all voters so far</source>
        <translation>&lt;b&gt;الترتيب&lt;/b&gt; — كل المصوّتين حتى الآن</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>ورشة بلا عنوان</translation>
    </message>
    <message>
        <source>Add a workshop with proposals to vote on them.</source>
        <translation>أضف ورشة فيها مقترحات للتصويت عليها.</translation>
    </message>
    <message>
        <source>This workshop has no proposals to vote on yet.</source>
        <translation>لا مقترحات للتصويت عليها في هذه الورشة بعد.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a participant&apos;s code · their group</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (group votes as one)</source>
        <translation>%1 (المجموعة تصوّت كصوت واحد)</translation>
    </message>
    <message>
        <source>No voters yet: sign participants in first.</source>
        <translation>لا مصوّتين بعد: سجّل حضور المشاركين أولاً.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 dots left</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: تبقّى %2 من %3 نقاط</translation>
    </message>
    <message>
        <source>%1: %2. Right-click a proposal to take a dot back, or go on to the next voter.</source>
        <comment>%1: the voter; %2: why the dot was refused</comment>
        <translation>%1: %2. انقر بالزر الأيمن على مقترح لاستعادة نقطة، أو انتقل إلى المصوّت التالي.</translation>
    </message>
    <message>
        <source>Place a dot on “%1” (%2)</source>
        <comment>an undo step; %2: the voter</comment>
        <translation>وضع نقطة على «%1» (%2)</translation>
    </message>
    <message>
        <source>%1 has no dot on “%2” to take back.</source>
        <translation>ليس لدى %1 نقطة على «%2» لاستعادتها.</translation>
    </message>
    <message>
        <source>Take a dot off “%1” (%2)</source>
        <comment>an undo step; %2: the voter</comment>
        <translation>إزالة نقطة من «%1» (%2)</translation>
    </message>
</context>
<context>
    <name>WalkDialog</name>
    <message>
        <source>Edit Audit Walk</source>
        <translation>تحرير جولة التدقيق</translation>
    </message>
    <message>
        <source>New Audit Walk</source>
        <translation>جولة تدقيق جديدة</translation>
    </message>
    <message>
        <source>Required, e.g. Market street by night</source>
        <translation>مطلوب، مثلاً: شارع السوق ليلاً</translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation>بلا ورشة</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>بلا مجموعة</translation>
    </message>
    <message>
        <source>Walkers</source>
        <translation>المشاركون في الجولة</translation>
    </message>
    <message>
        <source>Tick the participants who walked (Space ticks the current one)</source>
        <translation>حدد المشاركين الذين شاركوا في الجولة (Space يحدد الحالي)</translation>
    </message>
    <message>
        <source>Tick the Group</source>
        <translation>تحديد المجموعة</translation>
    </message>
    <message>
        <source>Tick everyone signed in to the chosen group</source>
        <translation>تحديد كل المسجلين في المجموعة المختارة</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;العنوان</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>Time of &amp;day</source>
        <translation>&amp;وقت اليوم</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>ال&amp;مجموعة</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who walked&lt;/b&gt; (anonymous codes)</source>
        <translation>&lt;b&gt;من شارك في الجولة&lt;/b&gt; (رموز مجهولة الهوية)</translation>
    </message>
    <message>
        <source>Nobody is signed in to this workshop yet (Workshop › Sign-in Sheet…).</source>
        <translation>لم يُسجَّل أحد في هذه الورشة بعد (الورشة › ورقة التسجيل…).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln ticked</source>
        <translation>
            <numerusform>حُدّد %1 من %Ln شخص</numerusform>
            <numerusform>حُدّد %1 من %Ln شخص</numerusform>
            <numerusform>حُدّد %1 من %Ln شخصين</numerusform>
            <numerusform>حُدّد %1 من %Ln أشخاص</numerusform>
            <numerusform>حُدّد %1 من %Ln شخص</numerusform>
            <numerusform>حُدّد %1 من %Ln شخص</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Plan safer streets together. CoSafe keeps a neighbourhood’s safety audit walks, residents’ perception pins, proposals and the agreed action plan in one project file that works without the internet, so a workshop can run on one laptop and field teams can merge their work later.</source>
        <translation>خطّطوا معاً لشوارع أكثر أماناً. يحفظ CoSafe جولات تدقيق السلامة في الحي ودبابيس إدراك السكان والمقترحات وخطة العمل المتفق عليها في ملف مشروع واحد يعمل دون إنترنت، فتُدار الورشة على حاسوب محمول واحد وتدمج الفرق الميدانية عملها لاحقاً.</translation>
    </message>
    <message>
        <source>Participatory urban-safety planning</source>
        <translation>التخطيط التشاركي للسلامة الحضرية</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>مشروع جديد…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>فتح مشروع…</translation>
    </message>
    <message>
        <source>Open Sample Project</source>
        <translation>فتح المشروع النموذجي</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>المشاريع الأخيرة</translation>
    </message>
    <message>
        <source>Projects you open will be listed here.</source>
        <translation>ستظهر هنا المشاريع التي تفتحها.</translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message>
        <source>field copy for %1 (%2)</source>
        <comment>%1 a team, %2 its group</comment>
        <translation>نسخة ميدانية لـ%1 (%2)</translation>
    </message>
    <message>
        <source>field copy for %1</source>
        <comment>%1 a team</comment>
        <translation>نسخة ميدانية لـ%1</translation>
    </message>
    <message>
        <source>field copy (%1)</source>
        <comment>%1 a group</comment>
        <translation>نسخة ميدانية (%1)</translation>
    </message>
    <message>
        <source>field copy</source>
        <translation>نسخة ميدانية</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <comment>project name — field copy for a team — CoSafe</comment>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>project name — CoSafe</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <comment>a window title</comment>
        <translation>%1 [للقراءة فقط]</translation>
    </message>
</context>
<context>
    <name>WorkshopBar</name>
    <message>
        <source>Workshop and Group</source>
        <translation>الورشة والمجموعة</translation>
    </message>
    <message>
        <source>No workshop yet</source>
        <translation>لا ورشة بعد</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>لا مجموعات بعد</translation>
    </message>
    <message>
        <source> &amp;Workshop: </source>
        <translation> ال&amp;ورشة: </translation>
    </message>
    <message>
        <source>  &amp;Group: </source>
        <translation>  ال&amp;مجموعة: </translation>
    </message>
    <message>
        <source>The active workshop: what you draw and sign in belongs to it</source>
        <translation>الورشة النشطة: ما ترسمه وتسجّله يعود إليها</translation>
    </message>
    <message>
        <source>The active group: what you draw now is recorded as this group&apos;s work</source>
        <translation>المجموعة النشطة: ما ترسمه الآن يُسجَّل عملاً لهذه المجموعة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a workshop&apos;s title and the date it was held</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Edit Workshop</source>
        <translation>تحرير الورشة</translation>
    </message>
    <message>
        <source>New Workshop</source>
        <translation>ورشة جديدة</translation>
    </message>
    <message>
        <source>Required, e.g. Market street walk and mapping</source>
        <translation>مطلوب، مثلاً: جولة ورسم خرائط شارع السوق</translation>
    </message>
    <message>
        <source>Where it was held, e.g. Community hall, Ward 4</source>
        <translation>مكان انعقادها، مثلاً: القاعة المجتمعية، الحي 4</translation>
    </message>
    <message>
        <source> dots each</source>
        <translation> نقاط لكلٍّ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>ال&amp;مكان:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>المي&amp;سّر:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;ملاحظات:</translation>
    </message>
    <message>
        <source>&amp;Votes per participant:</source>
        <translation>الأ&amp;صوات لكل مشارك:</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <source>Workshops and groups</source>
        <translation>الورش والمجموعات</translation>
    </message>
    <message>
        <source>Each workshop and its groups; select one to work in it</source>
        <translation>كل ورشة ومجموعاتها؛ حدد إحداها للعمل فيها</translation>
    </message>
    <message>
        <source>Workshop / group</source>
        <translation>الورشة / المجموعة</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الناس</translation>
    </message>
    <message>
        <source>No workshop yet. Create one, add its groups, then sign people in.</source>
        <translation>لا ورشة بعد. أنشئ واحدة، وأضف مجموعاتها، ثم سجّل الحضور.</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>ورشة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Create a workshop: date, place, facilitator</source>
        <translation>إنشاء ورشة: التاريخ، المكان، الميسّر</translation>
    </message>
    <message>
        <source>&amp;Add Group…</source>
        <translation>إ&amp;ضافة مجموعة…</translation>
    </message>
    <message>
        <source>Add a group to the active workshop</source>
        <translation>إضافة مجموعة إلى الورشة النشطة</translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheet…</source>
        <translation>ورقة ال&amp;تسجيل…</translation>
    </message>
    <message>
        <source>Sign participants in to the active workshop, keyboard only</source>
        <translation>تسجيل المشاركين في الورشة النشطة، بلوحة المفاتيح فقط</translation>
    </message>
    <message>
        <source>&amp;Participants…</source>
        <translation>ال&amp;مشاركون…</translation>
    </message>
    <message>
        <source>List and correct the active workshop&apos;s participants</source>
        <translation>عرض المشاركين في الورشة النشطة وتصحيح بياناتهم</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>Edit the selected workshop or group</source>
        <translation>تحرير الورشة أو المجموعة المحددة</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete the selected workshop or group (Undo brings it back)</source>
        <translation>حذف الورشة أو المجموعة المحددة (التراجع يعيدها)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups · %1</source>
        <comment>%1: how many people</comment>
        <translation>
            <numerusform>%Ln مجموعة · %1</numerusform>
            <numerusform>%Ln مجموعة · %1</numerusform>
            <numerusform>%Ln مجموعتان · %1</numerusform>
            <numerusform>%Ln مجموعات · %1</numerusform>
            <numerusform>%Ln مجموعة · %1</numerusform>
            <numerusform>%Ln مجموعة · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>الميسّر: %1</translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <comment>a workshop&apos;s title: its groups and people</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Edit Workshop…</source>
        <translation>تحرير الورشة…</translation>
    </message>
    <message>
        <source>Edit Group…</source>
        <translation>تحرير المجموعة…</translation>
    </message>
    <message>
        <source>Delete Workshop</source>
        <translation>حذف الورشة</translation>
    </message>
    <message>
        <source>Delete Group</source>
        <translation>حذف المجموعة</translation>
    </message>
    <message>
        <source>Add workshop “%1”</source>
        <translation>إضافة الورشة «%1»</translation>
    </message>
    <message>
        <source>Group %1</source>
        <comment>a new group&apos;s name</comment>
        <translation>المجموعة %1</translation>
    </message>
    <message>
        <source>Add group “%1”</source>
        <translation>إضافة المجموعة «%1»</translation>
    </message>
    <message>
        <source>Edit Group</source>
        <translation>تحرير المجموعة</translation>
    </message>
    <message>
        <source>Delete the group “%1” and the photos of its paper sheets? Its participants and drawings stay in the workshop without a group. Undo (Ctrl+Z) brings it back.</source>
        <translation>حذف المجموعة «%1» وصور أوراقها المطبوعة؟ يبقى مشاركوها ورسومها في الورشة دون مجموعة. التراجع (Ctrl+Z) يعيدها.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>حذف المجموعة</translation>
    </message>
    <message>
        <source>Delete the group “%1”? Its participants and drawings stay in the workshop without a group. Undo (Ctrl+Z) brings it back.</source>
        <translation>حذف المجموعة «%1»؟ يبقى مشاركوها ورسومها في الورشة دون مجموعة. التراجع (Ctrl+Z) يعيدها.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>حذف الورشة</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>A vote must say which participant or group placed it</source>
        <translation>يجب أن يحدد الصوت المشارك أو المجموعة التي وضعته</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %Ln dots left for this voter</source>
        <translation>
            <numerusform>لم يتبقَّ لهذا المصوّت سوى %1 من %Ln نقطة</numerusform>
            <numerusform>لم يتبقَّ لهذا المصوّت سوى %1 من %Ln نقطة</numerusform>
            <numerusform>لم يتبقَّ لهذا المصوّت سوى %1 من %Ln نقطتين</numerusform>
            <numerusform>لم يتبقَّ لهذا المصوّت سوى %1 من %Ln نقاط</numerusform>
            <numerusform>لم يتبقَّ لهذا المصوّت سوى %1 من %Ln نقطة</numerusform>
            <numerusform>لم يتبقَّ لهذا المصوّت سوى %1 من %Ln نقطة</numerusform>
        </translation>
    </message>
    <message>
        <source>women hidden</source>
        <translation>النساء (مخفي)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln women</source>
        <translation>
            <numerusform>%Ln امرأة</numerusform>
            <numerusform>%Ln امرأة</numerusform>
            <numerusform>%Ln امرأتان</numerusform>
            <numerusform>%Ln نساء</numerusform>
            <numerusform>%Ln امرأة</numerusform>
            <numerusform>%Ln امرأة</numerusform>
        </translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation>لا أحد بعد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln شخص</numerusform>
            <numerusform>%Ln شخص</numerusform>
            <numerusform>%Ln شخصان</numerusform>
            <numerusform>%Ln أشخاص</numerusform>
            <numerusform>%Ln شخص</numerusform>
            <numerusform>%Ln شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>people hidden</source>
        <translation>الأشخاص (مخفي)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a summary: “26 people · 16 women”</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Delete the workshop “%1” with its %2, %3 and %4?</source>
        <comment>%2, %3 and %4 are counts: “2 groups”, “26 participants”, “40 votes”</comment>
        <translation>حذف الورشة «%1» مع %2 و%3 و%4؟</translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln مجموعة</numerusform>
            <numerusform>%Ln مجموعة</numerusform>
            <numerusform>%Ln مجموعتان</numerusform>
            <numerusform>%Ln مجموعات</numerusform>
            <numerusform>%Ln مجموعة</numerusform>
            <numerusform>%Ln مجموعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln مشارك</numerusform>
            <numerusform>%Ln مشارك</numerusform>
            <numerusform>%Ln مشاركان</numerusform>
            <numerusform>%Ln مشاركين</numerusform>
            <numerusform>%Ln مشارك</numerusform>
            <numerusform>%Ln مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln votes</source>
        <translation>
            <numerusform>%Ln صوت</numerusform>
            <numerusform>%Ln صوت</numerusform>
            <numerusform>%Ln صوتان</numerusform>
            <numerusform>%Ln أصوات</numerusform>
            <numerusform>%Ln صوت</numerusform>
            <numerusform>%Ln صوت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln proposals, pins and walks stay in the project, in no workshop.</source>
        <translation>
            <numerusform>تبقى عناصرها (%Ln عنصر من المقترحات والدبابيس والجولات) في المشروع، دون ورشة.</numerusform>
            <numerusform>تبقى عناصرها (%Ln عنصر من المقترحات والدبابيس والجولات) في المشروع، دون ورشة.</numerusform>
            <numerusform>تبقى عناصرها (%Ln عنصران من المقترحات والدبابيس والجولات) في المشروع، دون ورشة.</numerusform>
            <numerusform>تبقى عناصرها (%Ln عناصر من المقترحات والدبابيس والجولات) في المشروع، دون ورشة.</numerusform>
            <numerusform>تبقى عناصرها (%Ln عنصر من المقترحات والدبابيس والجولات) في المشروع، دون ورشة.</numerusform>
            <numerusform>تبقى عناصرها (%Ln عنصر من المقترحات والدبابيس والجولات) في المشروع، دون ورشة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln photos of its groups&apos; paper sheets are deleted with it.</source>
        <translation>
            <numerusform>تُحذف معها صور أوراق مجموعاتها المطبوعة (%Ln صورة).</numerusform>
            <numerusform>تُحذف معها صور أوراق مجموعاتها المطبوعة (%Ln صورة).</numerusform>
            <numerusform>تُحذف معها صور أوراق مجموعاتها المطبوعة (%Ln صورتان).</numerusform>
            <numerusform>تُحذف معها صور أوراق مجموعاتها المطبوعة (%Ln صور).</numerusform>
            <numerusform>تُحذف معها صور أوراق مجموعاتها المطبوعة (%Ln صورة).</numerusform>
            <numerusform>تُحذف معها صور أوراق مجموعاتها المطبوعة (%Ln صورة).</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it all back.</source>
        <translation>التراجع (Ctrl+Z) يعيد كل شيء.</translation>
    </message>
</context>
<context>
    <name>WorkshopsFeature</name>
    <message>
        <source>Workshops</source>
        <translation>الورش</translation>
    </message>
    <message>
        <source>Wor&amp;kshop</source>
        <translation>ال&amp;ورشة</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="56"/>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="56"/>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="56"/>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="81"/>
        <source>Open a contact card</source>
        <translation>Байланыс картасын ашу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="186"/>
        <source>That file cannot be read.</source>
        <translation>Бұл файл оқылмады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="185"/>
        <source>That file is too large to be a contact card.</source>
        <translation>Файл байланыс картасы болуға тым үлкен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="120"/>
        <source>Revoke %1&apos;s key? Do this when their laptop was seized or lost.

From now on every bundle or receipt signed by that key is refused, whatever date it claims, and nothing more is sent to it. What it brought before stays, marked &quot;from a revoked key&quot; in the list and the record. The key stays revoked even if you remove %1, and their card cannot be added again.

This cannot be undone: once they have a new laptop, add their new card after checking its words with them in person or by phone.</source>
        <translation>%1 кілтін кері қайтарып аласыз ба? Мұны адамның ноутбугы тәркіленгенде не жоғалғанда істеңіз.

Бұдан былай осы кілтпен қол қойылған кез келген пакет не растама, қандай күнді көрсетсе де, қабылданбайды, әрі бұл кілтке енді ештеңе жіберілмейді. Бұрын келгені қалады, тізімде және жазбада «кері қайтарылған кілттен» деп белгіленеді. %1 байланысын өшірсеңіз де, кілт кері қайтарылған күйде қалады, ал оның картасын қайта қосу мүмкін болмайды.

Мұны болдырмау мүмкін емес: адамның жаңа ноутбугы болғанда, сөздерін онымен жеке не телефон арқылы салыстырып, жаңа картасын қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="135"/>
        <source>Revoked %1&apos;s key on %2. What it brought before is marked in the list.</source>
        <translation>%1 кілті %2 күні кері қайтарылды. Одан бұрын келгені тізімде белгіленген.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="188"/>
        <source>%1&apos;s key was already revoked on %2.</source>
        <translation>%1 кілті %2 күні кері қайтарылып қойған.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="191"/>
        <source>That card holds %1&apos;s key, which you revoked on %2; it cannot be added again.</source>
        <translation>Бұл картада %1 кілті бар, оны сіз %2 күні кері қайтарып алғансыз; картаны қайта қосу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="195"/>
        <source>That is your own card.</source>
        <translation>Бұл — өз картаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="196"/>
        <source>That card is already a contact, named %1.</source>
        <translation>Бұл карта байланыстарда %1 деген атпен бар.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="197"/>
        <source>There is already a contact named %1; remove it first if this card replaces it.</source>
        <translation>%1 деген байланыс бұрыннан бар; бұл карта оны алмастырса, алдымен оны өшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="153"/>
        <source>Save my card as</source>
        <translation>Менің картамды сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="159"/>
        <source>The card could not be written there; choose another place.</source>
        <translation>Картаны мұнда жазу мүмкін болмады; басқа орын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="160"/>
        <source>Saved your card as %1. Read the words above to each person who adds it.</source>
        <translation>Картаңыз %1 ретінде сақталды. Жоғарыдағы сөздерді оны қосатын әр адамға оқып беріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="136"/>
        <source>Tick at least one contact to send the bundle to.</source>
        <translation>Пакетті жіберу үшін кемінде бір байланысты белгілеңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="137"/>
        <source>Add a coordinator&apos;s card under Contacts first.</source>
        <translation>Алдымен «Байланыстар» бөлімінде үйлестірушінің картасын қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="138"/>
        <source>Save the bundle as</source>
        <translation>Пакетті сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="143"/>
        <source>%1 (coordinator)</source>
        <translation>%1 (үйлестіруші)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="153"/>
        <source>Cancelled; no bundle was written.</source>
        <translation>Тоқтатылды; пакет жазылмады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="157"/>
        <source>Nothing new to send to %1 since the last bundle; no file was written.</source>
        <translation>%1 үшін соңғы пакеттен бері жаңа ештеңе жоқ; файл жазылмады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="160"/>
        <source>Sent to %1: %2, %3. Give %4 the file %5.</source>
        <translation>Жіберілді (кімге: %1): %2, %3. %5 файлын беріңіз (кімге: %4).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/controller.py" line="161"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n оқиға</numerusform>
            <numerusform>%n оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/controller.py" line="162"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файл</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="168"/>
        <source>Sealing the bundle…</source>
        <translation>Пакет мөрленуде…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="176"/>
        <source>Choose bundles to import</source>
        <translation>Импорттайтын пакеттерді таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="181"/>
        <source>cancelled; nothing from it was imported.</source>
        <translation>тоқтатылды; одан ештеңе импортталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="182"/>
        <source>not imported (cancelled before it).</source>
        <translation>импортталмады (бұған дейін тоқтатылды).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="183"/>
        <source>something went wrong (%1); nothing from it was imported.</source>
        <translation>қате шықты (%1); одан ештеңе импортталмады.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/controller.py" line="207"/>
        <source>Opening %n bundle(s)…</source>
        <translation>
            <numerusform>%n пакет ашылуда…</numerusform>
            <numerusform>%n пакет ашылуда…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="218"/>
        <source>Save the receipt as</source>
        <translation>Растаманы сақтау</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/controller.py" line="226"/>
        <source>Wrote a receipt for %1 confirming %n incident revision(s). Give %1 the file %2.</source>
        <translation>
            <numerusform>%1 үшін растама жазылды: оқиғалардың %n нұсқасы расталды. %2 файлын беріңіз (кімге: %1).</numerusform>
            <numerusform>%1 үшін растама жазылды: оқиғалардың %n нұсқасы расталды. %2 файлын беріңіз (кімге: %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="230"/>
        <source>Writing the receipt…</source>
        <translation>Растама жазылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="242"/>
        <source>No incident here has been confirmed by a coordinator yet; there is nothing to purge.</source>
        <translation>Мұндағы бірде-бір оқиғаны үйлестіруші әлі растаған жоқ; тазартатын ештеңе жоқ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/controller.py" line="245"/>
        <source>Delete from this computer the %n incident(s) a coordinator has confirmed receiving, with their files? Anything not yet confirmed, or changed since, stays.</source>
        <translation>
            <numerusform>Үйлестіруші алғанын растаған %n оқиғаны файлдарымен бірге бұл компьютерден өшіресіз бе? Әлі расталмағаны не кейін өзгергені қалады.</numerusform>
            <numerusform>Үйлестіруші алғанын растаған %n оқиғаны файлдарымен бірге бұл компьютерден өшіресіз бе? Әлі расталмағаны не кейін өзгергені қалады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/controller.py" line="255"/>
        <source>Purged %n delivered incident(s); anything not yet confirmed stays.</source>
        <translation>
            <numerusform>Жеткізілген %n оқиға тазартылды; расталмағанның бәрі қалды.</numerusform>
            <numerusform>Жеткізілген %n оқиға тазартылды; расталмағанның бәрі қалды.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="260"/>
        <source>Purging delivered incidents…</source>
        <translation>Жеткізілген оқиғалар тазартылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="81"/>
        <source>This incident was removed from this computer (deleted, or purged after a coordinator confirmed it) after you opened it; nothing was saved. Your changes are kept: re-apply them to save them as a new incident, or drop them.</source>
        <translation>Бұл оқиға сіз ашқаннан кейін компьютерден жойылды (өшірілді не үйлестіруші растағаннан кейін тазартылды); ештеңе сақталмады. Өзгерістеріңіз қалды: оларды жаңа оқиға ретінде сақтау үшін қайта енгізіңіз немесе бас тартыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="93"/>
        <source>Your changes were not saved over it; they are kept. Re-apply them on top, or drop them.</source>
        <translation>Өзгерістеріңіз оның үстіне жазылмады; олар сақтаулы. Оларды үстінен қайта енгізіңіз немесе бас тартыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="100"/>
        <source>Someone</source>
        <translation>Біреу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="103"/>
        <source>%1 saved a newer version of this incident on %2 (changed: %3); it is shown now.</source>
        <translation>%1 осы оқиғаның жаңарақ нұсқасын %2 сақтады (өзгергені: %3); қазір сол көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="105"/>
        <source>%1 saved a newer version of this incident on %2; it is shown now.</source>
        <translation>%1 осы оқиғаның жаңарақ нұсқасын %2 сақтады; қазір сол көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="124"/>
        <source>Your changes are back on top of the newer version; check them and save.</source>
        <translation>Өзгерістеріңіз жаңа нұсқаның үстіне енгізілді; тексеріп, сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="139"/>
        <source>Your changes were dropped.</source>
        <translation>Өзгерістеріңізден бас тартылды.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="145"/>
        <source>This incident was removed from this computer while you were typing. Your typing stays; when you save, you can keep it as a new incident.</source>
        <translation>Сіз теріп отырғанда бұл оқиға компьютерден жойылды. Терілген мәтін қалды; сақтағанда оны жаңа оқиға ретінде қалдыруға болады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="151"/>
        <source>The incident that was open was removed from this computer.</source>
        <translation>Ашық тұрған оқиға бұл компьютерден жойылды.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="207"/>
        <source>1 photo goes without its hidden data</source>
        <translation>1 фото жасырын деректерсіз кетеді</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/page.py" line="208"/>
        <source>%n photos go without their hidden data</source>
        <translation>
            <numerusform>%n фото жасырын деректерсіз кетеді</numerusform>
            <numerusform>%n фото жасырын деректерсіз кетеді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="210"/>
        <source>1 original is sent as chosen</source>
        <translation>1 түпнұсқа таңдалғандай жіберіледі</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/page.py" line="211"/>
        <source>%n originals are sent as chosen</source>
        <translation>
            <numerusform>%n түпнұсқа таңдалғандай жіберіледі</numerusform>
            <numerusform>%n түпнұсқа таңдалғандай жіберіледі</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="213"/>
        <source>1 other file goes as it is, with its metadata (author, software)</source>
        <translation>Басқа 1 файл сол күйінде, метадеректерімен (авторы, бағдарламасы) кетеді</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/page.py" line="214"/>
        <source>%n other files go as they are, with their metadata (author, software)</source>
        <translation>
            <numerusform>Басқа %n файл сол күйінде, метадеректерімен (авторы, бағдарламасы) кетеді</numerusform>
            <numerusform>Басқа %n файл сол күйінде, метадеректерімен (авторы, бағдарламасы) кетеді</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="216"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/folder_sync.py" line="126"/>
        <source>Choose the folder to sync with</source>
        <translation>Синхрондау үшін қалтаны таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/folder_sync.py" line="150"/>
        <source>Syncing stopped; the folder and its files are left as they are.</source>
        <translation>Синхрондау тоқтатылды; қалта мен оның файлдары сол күйінде қалды.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/folder_sync.py" line="168"/>
        <source>Syncing…</source>
        <translation>Синхрондау…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/folder_sync.py" line="190"/>
        <source>Last synced %1 · %2</source>
        <translation>Соңғы синхрондау %1 · %2</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../desktop_app/ui/attachments/viewer.py" line="43"/>
        <source>Tirkeu — attachment</source>
        <translation>Tirkeu — тіркеме</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/viewer.py" line="86"/>
        <source>Actual size</source>
        <translation>Нақты өлшемі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/viewer.py" line="88"/>
        <source>Switch between fitting the window and 100% (Ctrl+0)</source>
        <translation>Терезеге сыйдыру мен 100% арасында ауыстыру (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/viewer.py" line="113"/>
        <source>This PDF cannot be shown here; it may be damaged or protected by a password. It is kept unchanged in the vault.</source>
        <translation>Бұл PDF мұнда көрсетілмейді: зақымдалған не құпиясөзбен қорғалған болуы мүмкін. Ол қоймада өзгеріссіз сақтаулы.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/viewer.py" line="119"/>
        <source>Tirkeu cannot show this kind of file here. It is kept safely in the vault; its fingerprint lets anyone check that a copy is unchanged.</source>
        <translation>Tirkeu мұндай файлды көрсете алмайды. Файл қоймада қауіпсіз сақтаулы; оның таңбасы арқылы кез келген адам көшірменің өзгермегенін тексере алады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/viewer.py" line="123"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
</context>
<context>
    <name>AttachmentsController</name>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="91"/>
        <source>Save the incident first to add files.</source>
        <translation>Файл қосу үшін алдымен оқиғаны сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="93"/>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="330"/>
        <source>Please wait until the current file is done.</source>
        <translation>Ағымдағы файл біткенше күте тұрыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="95"/>
        <source>Add files to the incident</source>
        <translation>Оқиғаға файл қосу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="100"/>
        <source>Only files can be added; “%1” was left out.</source>
        <translation>Тек файл қосуға болады; «%1» қосылмады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="111"/>
        <source>“%1” could not be read; it was not added.</source>
        <translation>«%1» оқылмады; ол қосылмады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="134"/>
        <source>Cancelled. Nothing of “%1” was stored.</source>
        <translation>Тоқтатылды. «%1» файлынан ештеңе сақталмады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="140"/>
        <source>Adding “%1” (%2 of %3)…</source>
        <translation>«%1» қосылуда (%3 ішінен %2)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="154"/>
        <source>This photo records where it was taken: %1. The copy that leaves this laptop will not.</source>
        <translation>Бұл фотода оның қай жерде түсірілгені жазылған: %1. Ноутбуктен кететін көшірмеде бұл болмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="158"/>
        <source>This PDF keeps its metadata (author, software, dates) wherever it goes, in bundles too: Tirkeu removes hidden data from photos only.</source>
        <translation>Бұл PDF метадеректерін (авторы, бағдарламасы, күндері) қайда барса да, пакеттерде де сақтайды: Tirkeu жасырын деректерді тек фотодан өшіреді.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="162"/>
        <source>This document keeps its metadata (author, software, editing time) wherever it goes, in bundles too: Tirkeu removes hidden data from photos only.</source>
        <translation>Бұл құжат метадеректерін (авторы, бағдарламасы, өңдеу уақыты) қайда барса да, пакеттерде де сақтайды: Tirkeu жасырын деректерді тек фотодан өшіреді.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="174"/>
        <source>Bundles will carry the original of “%1”, with everything hidden in it: where and when a photo was taken, the device, the author. Send the original?</source>
        <translation>Пакеттерде «%1» түпнұсқасы ішіндегі барлық жасырын деректерімен кетеді: фото қай жерде, қашан түсірілгені, құрылғы, авторы. Түпнұсқаны жібересіз бе?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="176"/>
        <source>Send the original</source>
        <translation>Түпнұсқаны жіберу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="185"/>
        <source>Bundles will carry the original of “%1”.</source>
        <translation>Пакеттерде «%1» түпнұсқасы кетеді.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="187"/>
        <source>“%1” leaves in bundles without its hidden data when it is a photo.</source>
        <translation>«%1» фото болса, пакеттерде жасырын деректерсіз кетеді.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="219"/>
        <source>Opening “%1”…</source>
        <translation>«%1» ашылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="246"/>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="261"/>
        <source>Save original…</source>
        <translation>Түпнұсқаны сақтау…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="255"/>
        <source>Removing hidden data from “%1”…</source>
        <translation>«%1» ішінен жасырын деректер өшірілуде…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="259"/>
        <source>The original may hold hidden data: where and when a photo was taken, the device, the author. Anyone who gets the copy can read it. Save the original anyway?</source>
        <translation>Түпнұсқада жасырын деректер болуы мүмкін: фото қай жерде, қашан түсірілгені, құрылғы, авторы. Көшірме кімге тисе, сол оларды оқи алады. Бәрібір түпнұсқаны сақтайсыз ба?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="274"/>
        <source>Save a copy</source>
        <translation>Көшірмені сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="278"/>
        <source>The copy could not be written to “%1”.</source>
        <translation>Көшірмені «%1» ішіне жазу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="279"/>
        <source>The stored file no longer matches its fingerprint; the copy was deleted.</source>
        <translation>Сақталған файл енді өз таңбасына сәйкес келмейді; көшірме өшірілді.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="288"/>
        <source>Cancelled. The unfinished copy was deleted.</source>
        <translation>Тоқтатылды. Аяқталмаған көшірме өшірілді.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="292"/>
        <source>Copy saved.</source>
        <translation>Көшірме сақталды.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="295"/>
        <source>Saving “%1”…</source>
        <translation>«%1» сақталуда…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="301"/>
        <source>Remove “%1” from this incident? It is deleted from the vault; copies saved elsewhere stay.</source>
        <translation>«%1» файлын осы оқиғадан өшіресіз бе? Ол қоймадан өшіріледі; басқа жерде сақталған көшірмелер қалады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="303"/>
        <source>Remove</source>
        <translation>Өшіру</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="68"/>
        <source>Attached files</source>
        <translation>Тіркелген файлдар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="69"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="69"/>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="70"/>
        <source>Added</source>
        <translation>Қосылған</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="70"/>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (басы)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="86"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="89"/>
        <source>Select a file to see its full fingerprint</source>
        <translation>Толық таңбасын көру үшін файлды таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="100"/>
        <source>Send the &amp;original in bundles</source>
        <translation>Пакеттерде &amp;түпнұсқаны жіберу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="107"/>
        <source>With its hidden data; otherwise a photo leaves as a copy without it.</source>
        <translation>Жасырын деректерімен бірге; әйтпесе фото оларсыз көшірме болып кетеді.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="112"/>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="113"/>
        <source>Add files (or drop them here)</source>
        <translation>Файл қосу (немесе оларды осында сүйреңіз)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="115"/>
        <source>&amp;View</source>
        <translation>&amp;Көру</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="121"/>
        <source>&amp;Remove</source>
        <translation>&amp;Өшіру</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="124"/>
        <source>View</source>
        <translation>Көру</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="125"/>
        <source>&amp;Save copy…</source>
        <translation>Көшірмені &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="127"/>
        <source>Save a copy without hidden data such as GPS position, camera and comments</source>
        <translation>GPS орны, камера, пікірлер сияқты жасырын деректерсіз көшірме сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="128"/>
        <source>Save original…</source>
        <translation>Түпнұсқаны сақтау…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="129"/>
        <source>Remove…</source>
        <translation>Өшіру…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="184"/>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="209"/>
        <source>Save the incident first to add files.</source>
        <translation>Файл қосу үшін алдымен оқиғаны сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="246"/>
        <source>%1 · %2 · %3 bytes</source>
        <translation>%1 · %2 · %3 байт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="249"/>
        <source>a copy without hidden data; the original&apos;s SHA-256: %1</source>
        <translation>жасырын деректерсіз көшірме; түпнұсқаның SHA-256: %1</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../desktop_app/ui/kit/backup_words.py" line="21"/>
        <source>Never backed up</source>
        <translation>Сақтық көшірме әлі жасалмаған</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/backup_words.py" line="22"/>
        <source>Last backup: %1</source>
        <translation>Соңғы сақтық көшірме: %1</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_reminder.py" line="80"/>
        <source>This archive has never been backed up. A backup is one encrypted file you keep away from this laptop.</source>
        <translation>Бұл қойманың сақтық көшірмесі әлі бірде-бір рет жасалмаған. Сақтық көшірме — бұл ноутбуктен бөлек сақталатын бір шифрланған файл.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/backup_reminder.py" line="82"/>
        <source>The last backup is more than %n day(s) old.</source>
        <translation>
            <numerusform>Соңғы сақтық көшірме жасалғанына %n күннен асты.</numerusform>
            <numerusform>Соңғы сақтық көшірме жасалғанына %n күннен асты.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelProgress</name>
    <message>
        <location filename="../../desktop_app/ui/kit/tasks.py" line="168"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/tasks.py" line="176"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>CardCheckDialog</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="60"/>
        <source>Has %1 read you these same words, in person or by phone? If any word differs, someone may have changed the card: do not add it.</source>
        <translation>%1 сізге дәл осы сөздерді жеке не телефон арқылы оқып берді ме? Бір сөз өзгеше болса, картаны біреу өзгерткен болуы мүмкін: оны қоспаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="64"/>
        <source>&amp;Coordinator: my bundles go to them</source>
        <translation>&amp;Үйлестіруші: пакеттерім соған барады</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="66"/>
        <source>&amp;Accept bundles signed by them</source>
        <translation>Ол қол қойған пакеттерді &amp;қабылдау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="69"/>
        <source>&amp;Yes, the words match: add</source>
        <translation>&amp;Иә, сөздер сәйкес: қосу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="71"/>
        <source>&amp;No, do not add</source>
        <translation>&amp;Жоқ, қоспау</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="121"/>
        <source>Choose a conflict to compare the two versions.</source>
        <translation>Екі нұсқаны салыстыру үшін қайшылықты таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="122"/>
        <source>No conflicts to resolve.</source>
        <translation>Шешілетін қайшылық жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="125"/>
        <source>“%1” was changed here and by %2 (saved %3). For each field, choose the version to keep.</source>
        <translation>«%1» мұнда да, %2 тарапынан да өзгертілген (%3 сақталған). Әр өріс үшін қалдыратын нұсқаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="131"/>
        <source>The two versions say the same in every field.</source>
        <translation>Екі нұсқаның барлық өрісі бірдей.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="137"/>
        <source>Here</source>
        <translation>Мұнда</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="138"/>
        <source>From %1</source>
        <translation>Кімнен: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="142"/>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="171"/>
        <source>Incidents &amp;edited both here and elsewhere:</source>
        <translation>Мұнда да, басқа жерде де &amp;өзгертілген оқиғалар:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="172"/>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="190"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="172"/>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="173"/>
        <source>Changed there</source>
        <translation>Онда өзгертілгені</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="174"/>
        <source>Incidents edited both here and elsewhere</source>
        <translation>Мұнда да, басқа жерде де өзгертілген оқиғалар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="175"/>
        <source>The two versions, field by field</source>
        <translation>Екі нұсқа, өріс бойынша</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="176"/>
        <source>&amp;Keep ours</source>
        <translation>&amp;Біздікін қалдыру</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="177"/>
        <source>&amp;Take theirs</source>
        <translation>&amp;Олардыкін алу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="178"/>
        <source>Save &amp;merged</source>
        <translation>Біріктірілгенді &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="190"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="190"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="191"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="191"/>
        <source>Violations</source>
        <translation>Бұзушылықтар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="192"/>
        <source>People affected</source>
        <translation>Зардап шегушілер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="192"/>
        <source>Perpetrators</source>
        <translation>Бұзушылар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="193"/>
        <source>Legal cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="193"/>
        <source>Remedies</source>
        <translation>Қорғау құралдары</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="194"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="194"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="195"/>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="195"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="221"/>
        <source>(name not recorded)</source>
        <translation>(аты жазылмаған)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="224"/>
        <source>killed</source>
        <translation>қаза тапқан</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="230"/>
        <source>(defendant not recorded)</source>
        <translation>(айыпталушы жазылмаған)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="232"/>
        <source>art. %1</source>
        <translation>%1-бап</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="235"/>
        <source>penalties: %1</source>
        <translation>жазалар: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="237"/>
        <source>implemented</source>
        <translation>орындалған</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="237"/>
        <source>not implemented</source>
        <translation>орындалмаған</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="198"/>
        <source>My card</source>
        <translation>Менің картам</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="199"/>
        <source>Your card is public: give it to the people you exchange bundles with, and read them these words when they add it.</source>
        <translation>Картаңыз жария: оны пакет алмасатын адамдарға беріңіз, олар қосқанда осы сөздерді оқып беріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="202"/>
        <source>&amp;Save my card…</source>
        <translation>Картамды &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="203"/>
        <source>C&amp;ontacts:</source>
        <translation>&amp;Байланыстар:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="204"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="204"/>
        <source>Roles</source>
        <translation>Рөлдері</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="205"/>
        <source>Fingerprint words</source>
        <translation>Таңба сөздері</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="206"/>
        <source>Contacts</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="207"/>
        <source>Coor&amp;dinator: my bundles go to them</source>
        <translation>&amp;Үйлестіруші: пакеттерім соған барады</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="208"/>
        <source>Acc&amp;ept bundles signed by them</source>
        <translation>Ол қол қойған пакеттерді &amp;қабылдау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="209"/>
        <source>&amp;Add from card…</source>
        <translation>&amp;Картадан қосу…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="210"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Өшіру…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="211"/>
        <source>Re&amp;voke…</source>
        <translation>Кері қ&amp;айтарып алу…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="212"/>
        <source>Their laptop was seized or lost: refuse everything signed by their key from now on</source>
        <translation>Ноутбугы тәркіленді не жоғалды: бұдан былай оның кілтімен қол қойылғанның бәрін қабылдамау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="220"/>
        <source>Key revoked on %1: everything signed by it is refused, and nothing is sent to it.</source>
        <translation>Кілт %1 күні кері қайтарылды: онымен қол қойылғанның бәрі қабылданбайды, оған ештеңе жіберілмейді.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="225"/>
        <source>key revoked on %1</source>
        <translation>кілт %1 күні кері қайтарылды</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="226"/>
        <source>coordinator</source>
        <translation>үйлестіруші</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="227"/>
        <source>bundles accepted</source>
        <translation>пакеттері қабылданады</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="228"/>
        <source>no role</source>
        <translation>рөлі жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="99"/>
        <source>Remove %1 from your contacts? You will no longer be able to send bundles to them, and bundles signed by them will be refused.</source>
        <translation>%1 байланысын өшіресіз бе? Оған енді пакет жібере алмайсыз, ал ол қол қойған пакеттер қабылданбайды.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="109"/>
        <source>Removed %1.</source>
        <translation>Байланыс өшірілді: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="178"/>
        <source>Added %1.</source>
        <translation>Байланыс қосылды: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="209"/>
        <source>Contact cards (*.json)</source>
        <translation>Байланыс карталары (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="210"/>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/fields.py" line="199"/>
        <source>2018-05-12, 2018-05 or 2018</source>
        <translation>2018-05-12, 2018-05 не 2018</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/fields.py" line="205"/>
        <source>%1: precision</source>
        <translation>%1: дәлдігі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/fields.py" line="200"/>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/fields.py" line="200"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/fields.py" line="200"/>
        <source>Year only</source>
        <translation>Тек жыл</translation>
    </message>
</context>
<context>
    <name>DeliveryStatus</name>
    <message>
        <location filename="../../desktop_app/ui/shell/status.py" line="40"/>
        <source>Unlocked · no incidents yet</source>
        <translation>Құлпы ашық · әзірге оқиға жоқ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/status.py" line="43"/>
        <location filename="../../desktop_app/ui/shell/status.py" line="52"/>
        <source>Unlocked · %n incident(s)</source>
        <translation>
            <numerusform>Құлпы ашық · %n оқиға</numerusform>
            <numerusform>Құлпы ашық · %n оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/status.py" line="46"/>
        <source>Unlocked · %n incident(s) not yet confirmed · no coordinator added yet</source>
        <translation>
            <numerusform>Құлпы ашық · %n оқиға расталмаған · үйлестіруші әлі қосылмаған</numerusform>
            <numerusform>Құлпы ашық · %n оқиға расталмаған · үйлестіруші әлі қосылмаған</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/status.py" line="48"/>
        <source>Unlocked · %n incident(s) not yet confirmed by a coordinator</source>
        <translation>
            <numerusform>Құлпы ашық · %n оқиғаны үйлестіруші әлі растамаған</numerusform>
            <numerusform>Құлпы ашық · %n оқиғаны үйлестіруші әлі растамаған</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/status.py" line="54"/>
        <source>Unlocked · no coordinator added yet</source>
        <translation>Құлпы ашық · үйлестіруші әлі қосылмаған</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/status.py" line="55"/>
        <source>Unlocked · everything confirmed by a coordinator</source>
        <translation>Құлпы ашық · бәрін үйлестіруші растады</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/status.py" line="61"/>
        <source>Locked</source>
        <translation>Құлыпталған</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="27"/>
        <source>Tirkeu — duress passphrase</source>
        <translation>Tirkeu — мәжбүрлік құпиясөзі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="31"/>
        <source>Typed at unlock instead of your passphrase, the duress passphrase destroys this archive at once and opens an empty vault with your name on it. Keep a backup somewhere safe: nothing brings the archive back but a backup.</source>
        <translation>Құлпын ашқанда құпиясөзіңіздің орнына мәжбүрлік құпиясөзі енгізілсе, ол қоймадағының бәрін бірден жояды да, сіздің атыңызбен бос қойма ашады. Сақтық көшірмені қауіпсіз жерде сақтаңыз: жазылғанды тек сол қайтара алады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="45"/>
        <source>Your &amp;passphrase</source>
        <translation>Сіздің &amp;құпиясөзіңіз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="45"/>
        <source>Your passphrase</source>
        <translation>Сіздің құпиясөзіңіз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="46"/>
        <source>&amp;Duress passphrase</source>
        <translation>&amp;Мәжбүрлік құпиясөзі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="47"/>
        <source>Duress passphrase</source>
        <translation>Мәжбүрлік құпиясөзі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="50"/>
        <source>&amp;Repeat it</source>
        <translation>Қа&amp;йталау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="50"/>
        <source>Repeat the duress passphrase</source>
        <translation>Мәжбүрлік құпиясөзін қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="53"/>
        <source>&amp;Set</source>
        <translation>&amp;Орнату</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="60"/>
        <source>Enter your passphrase first.</source>
        <translation>Алдымен өз құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="62"/>
        <source>Use at least 8 characters for the duress passphrase.</source>
        <translation>Мәжбүрлік құпиясөзі кемінде 8 символдан тұруы керек.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="65"/>
        <source>The two duress passphrases differ.</source>
        <translation>Мәжбүрлік құпиясөздері сәйкес емес.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="74"/>
        <source>The duress passphrase is set. Typed at unlock, it destroys this archive at once and opens an empty vault; keep a backup somewhere safe.</source>
        <translation>Мәжбүрлік құпиясөзі орнатылды. Құлпын ашқанда енгізілсе, ол қоймадағының бәрін бірден жояды да, бос қойма ашады; сақтық көшірмені қауіпсіз жерде сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="121"/>
        <source>%1 saved a newer version of this incident while you were typing. Your typing stays; when you save, you can re-apply it on top of theirs.</source>
        <translation>Сіз теріп отырғанда %1 осы оқиғаның жаңарақ нұсқасын сақтады. Терілген мәтін қалды; сақтағанда оны сол нұсқаның үстіне қайта енгізуге болады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="123"/>
        <source>Someone</source>
        <translation>Біреу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="168"/>
        <source>From a revoked key: some of this record came in a bundle signed by %1&apos;s key, which you revoked on %2. Check it before relying on it.</source>
        <translation>Кері қайтарылған кілттен: бұл жазбаның бір бөлігі %1 кілтімен қол қойылған пакетпен келген, оны сіз %2 күні кері қайтарып алғансыз. Оған сүйенбес бұрын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="180"/>
        <source>A file is still being added; save again when it is done.</source>
        <translation>Файл әлі қосылып жатыр; ол біткенде қайта сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="198"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="249"/>
        <source>Nothing was restored; open the history again to choose.</source>
        <translation>Ештеңе қалпына келтірілмеді; таңдау үшін тарихты қайта ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="277"/>
        <source>Tirkeu — unsaved draft</source>
        <translation>Tirkeu — сақталмаған жоба</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="278"/>
        <source>You have an unsaved draft “%1”. Open it?</source>
        <translation>Сақталмаған «%1» жобасы бар. Ашасыз ба?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="279"/>
        <source>untitled</source>
        <translation>атаусыз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="319"/>
        <source>Tirkeu — unsaved changes</source>
        <translation>Tirkeu — сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="320"/>
        <source>Save the changes to the incident you are editing?</source>
        <translation>Өңделіп жатқан оқиғадағы өзгерістерді сақтайсыз ба?</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/page.py" line="179"/>
        <source>%n incident(s) here not yet confirmed by a coordinator.</source>
        <translation>
            <numerusform>Мұндағы %n оқиғаны үйлестіруші әлі растаған жоқ.</numerusform>
            <numerusform>Мұндағы %n оқиғаны үйлестіруші әлі растаған жоқ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="294"/>
        <source>Send &amp;to (Space ticks a contact):</source>
        <translation>&amp;Кімге (Бос орын байланысты белгілейді):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="291"/>
        <source>&amp;Send</source>
        <translation>&amp;Жіберу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="292"/>
        <source>&amp;Receive</source>
        <translation>&amp;Алу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="295"/>
        <source>Only what &amp;changed since the last bundle to them</source>
        <translation>Соңғы пакеттен бері тек &amp;өзгергені</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="296"/>
        <source>E&amp;verything</source>
        <translation>&amp;Барлығы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="297"/>
        <source>&amp;Export bundle…</source>
        <translation>Пакетті &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="298"/>
        <source>&amp;Purge delivered…</source>
        <translation>Жеткізілгенді та&amp;зарту…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="299"/>
        <source>&amp;Import bundles…</source>
        <translation>Пакеттерді &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="300"/>
        <source>&amp;What the imports did:</source>
        <translation>Импорт &amp;нәтижесі:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="301"/>
        <source>Write a rec&amp;eipt for the sender…</source>
        <translation>Жіберушіге &amp;растама жазу…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="302"/>
        <source>Ca&amp;ncel</source>
        <translation>Бас &amp;тарту</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="303"/>
        <source>Exchange</source>
        <translation>Алмасу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="304"/>
        <source>Progress</source>
        <translation>Барысы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="314"/>
        <source>C&amp;onflicts (%1)</source>
        <translation>&amp;Қайшылықтар (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="315"/>
        <source>C&amp;onflicts</source>
        <translation>&amp;Қайшылықтар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="319"/>
        <source>%1 (key revoked: nothing is sent to it)</source>
        <translation>%1 (кілт кері қайтарылған: ештеңе жіберілмейді)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="320"/>
        <source>%1 (coordinator)</source>
        <translation>%1 (үйлестіруші)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="336"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="282"/>
        <source>This incident was changed here (by %1) after the two versions were shown; nothing was merged. Compare them again.</source>
        <translation>Екі нұсқа көрсетілгеннен кейін бұл оқиға мұнда өзгертілді (%1); ештеңе біріктірілмеді. Оларды қайта салыстырыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="285"/>
        <source>someone</source>
        <translation>біреу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="310"/>
        <source>Tirkeu bundles (%1)</source>
        <translation>Tirkeu пакеттері (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="311"/>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>ExportTableDialog</name>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="110"/>
        <source>Export a table</source>
        <translation>Кестені экспорттау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="115"/>
        <source>CSV (spreadsheet, re-imports without a map)</source>
        <translation>CSV (кесте, сәйкестендірусіз қайта импортталады)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="116"/>
        <source>XLSX (Excel workbook)</source>
        <translation>XLSX (Excel кітабы)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="117"/>
        <source>Uwazi (zip for HURIDOCS&apos;s Uwazi)</source>
        <translation>Uwazi (HURIDOCS Uwazi үшін zip)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="119"/>
        <source>&amp;Format:</source>
        <translation>&amp;Пішім:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="121"/>
        <source>Include &amp;attachments (photos without their hidden data)</source>
        <translation>&amp;Тіркемелерді қосу (фотолар жасырын деректерсіз)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="132"/>
        <source>The incidents the list shows are exported, with its search and filters.</source>
        <translation>Тізім көрсетіп тұрған оқиғалар іздеу мен сүзгілерімен бірге экспортталады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="137"/>
        <source>This file will not be encrypted: anyone who gets it can read every name in it.</source>
        <translation>Бұл файл шифрланбайды: ол кімнің қолына түссе, сол ондағы барлық есімді оқи алады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="142"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="143"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="159"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>FolderSyncBar</name>
    <message>
        <location filename="../../desktop_app/ui/exchange/folder_bar.py" line="96"/>
        <source>Sync with a fol&amp;der…</source>
        <translation>Қа&amp;лтамен синхрондау…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/folder_bar.py" line="97"/>
        <source>Stop s&amp;yncing</source>
        <translation>Син&amp;хрондауды тоқтату</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/folder_bar.py" line="99"/>
        <source>A folder that Syncthing, Nextcloud or a USB stick carries between laptops: bundles and receipts for this vault are imported from it, and what is due is written to it.</source>
        <translation>Syncthing, Nextcloud немесе флешка ноутбуктар арасында тасымалдайтын қалта: осы қоймаға арналған пакеттер мен растамалар одан импортталады, ал жіберетін уақыты келгені оған жазылады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/folder_bar.py" line="105"/>
        <source>Syncing with %1</source>
        <translation>%1 қалтасымен синхрондалуда</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/folder_bar.py" line="106"/>
        <source>No folder is synced.</source>
        <translation>Синхрондалатын қалта таңдалмаған.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="27"/>
        <source>title</source>
        <translation>атауы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="28"/>
        <source>date</source>
        <translation>күні</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="29"/>
        <source>end date</source>
        <translation>аяқталу күні</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="30"/>
        <source>region</source>
        <translation>өңір</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="31"/>
        <source>place</source>
        <translation>орны</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="32"/>
        <source>violations</source>
        <translation>бұзушылықтар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="33"/>
        <source>people affected</source>
        <translation>зардап шегушілер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="34"/>
        <source>perpetrators</source>
        <translation>бұзушылар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="35"/>
        <source>legal cases</source>
        <translation>істер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="36"/>
        <source>remedies</source>
        <translation>қорғау құралдары</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="37"/>
        <source>description</source>
        <translation>сипаттама</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="38"/>
        <source>sources</source>
        <translation>дереккөздер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="39"/>
        <source>tags</source>
        <translation>тегтер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="40"/>
        <source>status</source>
        <translation>күйі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="54"/>
        <source>Tirkeu — history</source>
        <translation>Tirkeu — тарих</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="66"/>
        <source>Revision %1 · %2 · %3</source>
        <translation>%1-нұсқа · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="70"/>
        <source>created</source>
        <translation>жасалды</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="72"/>
        <source>changed: </source>
        <translation>өзгергені: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="76"/>
        <source>Restore this revision</source>
        <translation>Бұл нұсқаны қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="82"/>
        <source>&amp;Drop my changes</source>
        <translation>&amp;Өзгерістерімнен бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="131"/>
        <source>What happened, as told by those affected</source>
        <translation>Не болды — зардап шегушілердің айтуынша</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="132"/>
        <source>Violations</source>
        <translation>Бұзушылықтар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="133"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="142"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="135"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="137"/>
        <source>Until (optional)</source>
        <translation>Аяқталу күні (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="138"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="109"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="110"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="111"/>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="112"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="113"/>
        <source>Killed</source>
        <translation>Қаза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="141"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="146"/>
        <source>Defendant</source>
        <translation>Айыпталушы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="147"/>
        <source>Code</source>
        <translation>Кодекс</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="148"/>
        <source>Article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="149"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="150"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="171"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="151"/>
        <source>Decided on</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="155"/>
        <source>Penalty</source>
        <translation>Жаза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="156"/>
        <source>Amount or term</source>
        <translation>Мөлшері не мерзімі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="158"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="165"/>
        <source>Penalties of the selected case</source>
        <translation>Таңдалған істегі жазалар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="169"/>
        <source>Mechanism</source>
        <translation>Механизм</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="170"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="176"/>
        <source>Reference</source>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="172"/>
        <source>Implemented</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="175"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="177"/>
        <source>Reliability</source>
        <translation>Сенімділігі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="180"/>
        <source>comma-separated</source>
        <translation>үтір арқылы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="187"/>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="194"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="212"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="208"/>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="208"/>
        <source>When and where</source>
        <translation>Қашан және қайда</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="115"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="209"/>
        <source>People affected</source>
        <translation>Зардап шегушілер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="81"/>
        <source>Re-app&amp;ly my changes</source>
        <translation>Өзгерістерімді қайта &amp;енгізу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="114"/>
        <source>Add &amp;person</source>
        <translation>&amp;Зардап шегуші қосу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="123"/>
        <source>&amp;More details</source>
        <translation>&amp;Толығырақ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="124"/>
        <source>More details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="144"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="209"/>
        <source>Who did it</source>
        <translation>Кім істеді</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="143"/>
        <source>Add perpe&amp;trator</source>
        <translation>&amp;Бұзушы қосу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="152"/>
        <source>Add &amp;case</source>
        <translation>&amp;Іс қосу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="153"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="210"/>
        <source>Legal cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="157"/>
        <source>Add p&amp;enalty</source>
        <translation>&amp;Жаза қосу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="173"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="210"/>
        <source>Remedies</source>
        <translation>Қорғау құралдары</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="173"/>
        <source>Add remed&amp;y</source>
        <translation>&amp;Қорғау құралын қосу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="178"/>
        <source>Add so&amp;urce</source>
        <translation>&amp;Дереккөз қосу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="178"/>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="211"/>
        <source>Sources and tags</source>
        <translation>Дереккөздер мен тегтер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="211"/>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="225"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="229"/>
        <source>&amp;History</source>
        <translation>Та&amp;рих</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="226"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="274"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="289"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="322"/>
        <source>New incident</source>
        <translation>Жаңа оқиға</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/table_model.py" line="38"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/table_model.py" line="39"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/table_model.py" line="40"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/table_model.py" line="41"/>
        <source>Violations</source>
        <translation>Бұзушылықтар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/table_model.py" line="42"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/table_model.py" line="159"/>
        <source>From a revoked key: some of this record came in a bundle signed by %1&apos;s key, which you revoked on %2. Check it before relying on it.</source>
        <translation>Кері қайтарылған кілттен: бұл жазбаның бір бөлігі %1 кілтімен қол қойылған пакетпен келген, оны сіз %2 күні кері қайтарып алғансыз. Оған сүйенбес бұрын тексеріңіз.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="121"/>
        <source>Search titles, descriptions, names, places (Ctrl+F)</source>
        <translation>Атаулардан, сипаттамалардан, аттардан, орындардан іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="122"/>
        <source>Search incidents</source>
        <translation>Оқиғаларды іздеу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="123"/>
        <source>from</source>
        <translation>басы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="124"/>
        <source>to</source>
        <translation>соңы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="125"/>
        <source>From date</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="126"/>
        <source>To date</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="128"/>
        <source>A date like 2018-05-12, 2018-05 or 2018</source>
        <translation>2018-05-12, 2018-05 не 2018 түріндегі күн</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="131"/>
        <location filename="../../desktop_app/ui/incidents/page.py" line="133"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="131"/>
        <location filename="../../desktop_app/ui/incidents/page.py" line="134"/>
        <source>Violation</source>
        <translation>Бұзушылық</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="132"/>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="135"/>
        <source>Victim category</source>
        <translation>Зардап шегуші санаты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="138"/>
        <source>Filter by %1</source>
        <translation>Сүзгі: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="140"/>
        <source>&amp;New incident</source>
        <translation>&amp;Жаңа оқиға</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/incidents/page.py" line="191"/>
        <source>%1 of %n incident(s)</source>
        <translation>
            <numerusform>%1 / %n оқиға</numerusform>
            <numerusform>%1 / %n оқиға</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="226"/>
        <source>%1: all</source>
        <translation>%1: бәрі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="132"/>
        <location filename="../../desktop_app/ui/incidents/page.py" line="136"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="141"/>
        <source>New incident (Ctrl+N)</source>
        <translation>Жаңа оқиға (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="142"/>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="146"/>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="86"/>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="150"/>
        <source>New incident</source>
        <translation>Жаңа оқиға</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="151"/>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="152"/>
        <source>Lock</source>
        <translation>Құлыптау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="153"/>
        <source>Lock and hide</source>
        <translation>Құлыптау және жасыру</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="156"/>
        <source>Import a &amp;spreadsheet…</source>
        <translation>&amp;Кестені импорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="157"/>
        <source>Import from &amp;Martus…</source>
        <translation>&amp;Martus-тан импорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="158"/>
        <source>&amp;Export a table…</source>
        <translation>Кестені &amp;экспорттау…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/main_window.py" line="161"/>
        <source>Section %n</source>
        <translation>
            <numerusform>%n-бөлім</numerusform>
            <numerusform>%n-бөлім</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="154"/>
        <source>Back up now…</source>
        <translation>Сақтық көшірме жасау…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="155"/>
        <source>Wipe this vault…</source>
        <translation>Қойманы жою…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="162"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="163"/>
        <source>&amp;Vault</source>
        <translation>&amp;Қойма</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="164"/>
        <source>Main</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/controller.py" line="126"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/controller.py" line="128"/>
        <source>Summaries</source>
        <translation>Жиынтықтар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/controller.py" line="130"/>
        <source>Exchange</source>
        <translation>Алмасу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/controller.py" line="132"/>
        <source>Contacts</source>
        <translation>Байланыстар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/controller.py" line="134"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/controller.py" line="384"/>
        <source>Locks in %1:%2 if idle</source>
        <translation>Әрекет болмаса, құлыптауға %1:%2 қалды</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="48"/>
        <source>Import a spreadsheet</source>
        <translation>Кестені импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="53"/>
        <source>Choose the field each column fills; a column left as “Keep in the description” is kept there under its header. Nothing is stored until you press Import.</source>
        <translation>Әр баған толтыратын өрісті таңдаңыз; «Сипаттамада сақтау» күйінде қалған баған сипаттамаға өз тақырыбымен жазылады. «Импорттау» баспайынша ештеңе сақталмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="62"/>
        <source>Several people or words in one cell are separated by (a line break always separates):</source>
        <translation>Бір ұяшықтағы бірнеше адам немесе сөз мына таңбамен бөлінген (жол ауысуы әрқашан бөледі):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="78"/>
        <source>Words in coded columns and the code each one means. Choose one for every word marked “Choose…”: rows with an unchosen word are refused.</source>
        <translation>Кодталатын бағандардағы сөздер және әрқайсысының коды. «Таңдаңыз…» деп белгіленген әр сөзге код таңдаңыз: таңдалмаған сөзі бар жолдар қабылданбайды.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="83"/>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="83"/>
        <source>In the sheet</source>
        <translation>Кестеде</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="84"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="93"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="94"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="112"/>
        <source>For every row that leaves it empty (or if no column fills it)</source>
        <translation>Өрісі бос әр жол үшін (немесе оны ешбір баған толтырмаса)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="117"/>
        <source>as in the sheet: 2018, 05.2018, 12.05.2018</source>
        <translation>кестедегідей: 2018, 05.2018, 12.05.2018</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="123"/>
        <source>None</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="129"/>
        <source>&amp;Title:</source>
        <translation>&amp;Тақырыбы:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="130"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="131"/>
        <source>&amp;Region:</source>
        <translation>&amp;Өңір:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="132"/>
        <source>&amp;Violation:</source>
        <translation>&amp;Бұзушылық:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="144"/>
        <source>%n row(s) below the headers.</source>
        <translation>
            <numerusform>Тақырыптардың астында %n жол.</numerusform>
            <numerusform>Тақырыптардың астында %n жол.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="146"/>
        <source>Read the first sheet of the workbook.</source>
        <translation>Кітаптың бірінші парағы оқылды.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="147"/>
        <source>Tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="148"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="150"/>
        <source>This file is not UTF-8: it was read as Cyrillic Windows-1251 text (what Excel on a Russian or Kazakh Windows saves as CSV), columns separated by %1. Check the letters below.</source>
        <translation>Бұл файл UTF-8 емес: ол кириллицалық Windows-1251 мәтіні ретінде оқылды (орыс немесе қазақ Windows-тағы Excel CSV-ны осылай сақтайды), бағандар %1 таңбасымен бөлінген. Төмендегі әріптерді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="154"/>
        <source>Read as UTF-8 text, columns separated by %1.</source>
        <translation>UTF-8 мәтіні ретінде оқылды, бағандар %1 таңбасымен бөлінген.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="160"/>
        <source>Keep in the description</source>
        <translation>Сипаттамада сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="160"/>
        <source>Incident id</source>
        <translation>Оқиға идентификаторы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="161"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="161"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="162"/>
        <source>End date</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="162"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="163"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="163"/>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="164"/>
        <source>Violations</source>
        <translation>Құқық бұзушылықтар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="164"/>
        <source>Tags</source>
        <translation>Тегтер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="165"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="165"/>
        <source>Person: name</source>
        <translation>Зардап шеккен: есімі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="166"/>
        <source>Person: category</source>
        <translation>Зардап шеккен: санаты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="167"/>
        <source>Person: gender</source>
        <translation>Зардап шеккен: жынысы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="168"/>
        <source>Person: organization</source>
        <translation>Зардап шеккен: ұйымы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="169"/>
        <source>Legal case: article</source>
        <translation>Іс: бабы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="170"/>
        <source>Legal case: code</source>
        <translation>Іс: кодекс</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="171"/>
        <source>Legal case: outcome</source>
        <translation>Іс: нәтижесі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="172"/>
        <source>Legal case: court</source>
        <translation>Іс: сот</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="173"/>
        <source>Person: killed (yes or no)</source>
        <translation>Зардап шеккен: қаза тапты (иә немесе жоқ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="174"/>
        <source>Person: id</source>
        <translation>Зардап шеккен: идентификатор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="175"/>
        <source>Perpetrator: kind</source>
        <translation>Бұзушы: түрі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="176"/>
        <source>Perpetrator: description</source>
        <translation>Бұзушы: сипаттамасы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="177"/>
        <source>Legal case: defendant</source>
        <translation>Іс: айыпталушы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="178"/>
        <source>Legal case: penalties</source>
        <translation>Іс: жазалар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="179"/>
        <source>Legal case: date of the decision</source>
        <translation>Іс: шешім күні</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="180"/>
        <source>Remedy: mechanism</source>
        <translation>Қорғау құралы: тетік</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="181"/>
        <source>Remedy: reference</source>
        <translation>Қорғау құралы: нөмірі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="182"/>
        <source>Remedy: outcome</source>
        <translation>Қорғау құралы: нәтижесі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="183"/>
        <source>Remedy: implemented (yes or no)</source>
        <translation>Қорғау құралы: орындалды (иә немесе жоқ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="184"/>
        <source>Source: kind</source>
        <translation>Дереккөз: түрі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="185"/>
        <source>Source: reference</source>
        <translation>Дереккөз: сілтеме</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="186"/>
        <source>Source: reliability</source>
        <translation>Дереккөз: сенімділігі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="198"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="202"/>
        <source>Field for column %1</source>
        <translation>%1 бағанының өрісі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="235"/>
        <source>Choose…</source>
        <translation>Таңдаңыз…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="265"/>
        <source>No column fills %1: give a value above, or every row is refused.</source>
        <translation>«%1» өрісін ешбір баған толтырмайды: жоғарыда мән беріңіз, әйтпесе барлық жол қабылданбайды.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="276"/>
        <source>Date for every row: %1</source>
        <translation>Әр жолға арналған күн: %1</translation>
    </message>
</context>
<context>
    <name>MartusDefaultsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="41"/>
        <source>Import from Martus</source>
        <translation>Martus-тан импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="45"/>
        <source>Martus bulletins have no region and no violation. Choose the ones to give every bulletin that does not name them, and a date for any bulletin without one; you can correct each incident later. Imported incidents are drafts tagged martus.</source>
        <translation>Martus бюллетеньдерінде өңір мен құқық бұзушылық жоқ. Оларды көрсетпеген әр бюллетеньге берілетінін, ал күні жоқ бюллетеньдерге күнді таңдаңыз; әр оқиғаны кейін түзетуге болады. Импортталған оқиғалар martus тегі бар жобалар болады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="55"/>
        <source>Choose…</source>
        <translation>Таңдаңыз…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="59"/>
        <source>only if a bulletin has no date: 2011, 12.2011</source>
        <translation>бюллетеньде күн болмаса ғана: 2011, 12.2011</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="60"/>
        <source>&amp;Region:</source>
        <translation>Ө&amp;ңір:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="61"/>
        <source>&amp;Violation:</source>
        <translation>&amp;Құқық бұзушылық:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="62"/>
        <source>&amp;Date:</source>
        <translation>&amp;Күні:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="70"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="71"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="94"/>
        <source>Date: %1</source>
        <translation>Күні: %1</translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="149"/>
        <source>Merge two records of the same person</source>
        <translation>Бір адам туралы екі жазбаны біріктіру</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="150"/>
        <source>Pick the other record of this person in the list, or type its name here:</source>
        <translation>Тізімнен осы адамның басқа жазбасын таңдаңыз немесе оның атын осында жазыңыз:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="152"/>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="159"/>
        <source>Name of the other record</source>
        <translation>Басқа жазбадағы аты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="153"/>
        <source>Keeps its name</source>
        <translation>Аты сақталады</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="154"/>
        <source>Merged into it</source>
        <translation>Соған біріктіріледі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="155"/>
        <source>&amp;Swap</source>
        <translation>&amp;Орындарын ауыстыру</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="156"/>
        <source>Keep the other record&apos;s name instead</source>
        <translation>Оның орнына басқа жазбаның атын қалдыру</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="157"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Біріктіру…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="158"/>
        <source>Ca&amp;ncel</source>
        <translation>Бас &amp;тарту</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="170"/>
        <source>%n incident(s) will be updated; each keeps its history.</source>
        <translation>
            <numerusform>%n оқиға жаңартылады; әрқайсысының тарихы сақталады.</numerusform>
            <numerusform>%n оқиға жаңартылады; әрқайсысының тарихы сақталады.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="175"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="171"/>
        <source>Both records become one person, %1.</source>
        <translation>Екі жазба бір адамға айналады: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="174"/>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="193"/>
        <source>(no name)</source>
        <translation>(аты жоқ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="199"/>
        <source>Incidents: %1</source>
        <translation>Оқиғалар: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="203"/>
        <source>not chosen yet</source>
        <translation>әлі таңдалмаған</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="187"/>
        <location filename="../../desktop_app/ui/people/page.py" line="188"/>
        <source>Find a person by name</source>
        <translation>Адамды аты бойынша табу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="189"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="190"/>
        <source>Incidents about this person</source>
        <translation>Осы адам туралы оқиғалар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="191"/>
        <source>Legal cases about this person</source>
        <translation>Осы адам туралы істер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="193"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="193"/>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="194"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="194"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="195"/>
        <source>Article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="195"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="196"/>
        <source>Decided on</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="196"/>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="197"/>
        <source>Incidents about this person (Enter opens one)</source>
        <translation>Осы адам туралы оқиғалар (Enter таңдалғанын ашады)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="198"/>
        <source>Legal cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="199"/>
        <source>No legal case recorded.</source>
        <translation>Іс жазылмаған.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="200"/>
        <source>Merge &amp;with…</source>
        <translation>Басқасымен &amp;біріктіру…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="201"/>
        <source>This person has a second record: make them one</source>
        <translation>Бұл адамның екінші жазбасы бар: оларды біріктіру</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="211"/>
        <source>(no name)</source>
        <translation>(аты жоқ)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="227"/>
        <source>People listed: %1</source>
        <translation>Тізімдегі адамдар: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="232"/>
        <source>No person chosen</source>
        <translation>Адам таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="234"/>
        <source>not recorded</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="235"/>
        <source>Gender: %1</source>
        <translation>Жынысы: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="267"/>
        <source>Art. %1</source>
        <translation>%1-бап</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/controller.py" line="95"/>
        <source>That person is no longer in the archive; the list has been refreshed.</source>
        <translation>Бұл адам қоймада енді жоқ; тізім жаңартылды.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/controller.py" line="112"/>
        <source>The two records could not be merged; nothing was changed.</source>
        <translation>Жазбаларды біріктіру мүмкін болмады; ештеңе өзгерген жоқ.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop_app/ui/kit/i18n.py" line="47"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/i18n.py" line="48"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/i18n.py" line="49"/>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/i18n.py" line="50"/>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/i18n.py" line="51"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/i18n.py" line="52"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/i18n.py" line="53"/>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
</context>
<context>
    <name>QuickRecord</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="95"/>
        <source>What happened, in a few words</source>
        <translation>Не болды, қысқаша</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="43"/>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="104"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="96"/>
        <source>Type part of the name, then Enter</source>
        <translation>Атауының бір бөлігін жазып, Enter басыңыз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="99"/>
        <source>A name, if known (more people below)</source>
        <translation>Белгілі болса, аты (басқалары төменде)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="104"/>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="106"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="104"/>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="106"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="104"/>
        <source>Violation</source>
        <translation>Бұзушылық</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="106"/>
        <source>Main violation</source>
        <translation>Негізгі бұзушылық</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="105"/>
        <source>Person affected (optional)</source>
        <translation>Зардап шегуші (міндетті емес)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="107"/>
        <source>Person affected</source>
        <translation>Зардап шегуші</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="124"/>
        <source>Names are hidden; show them in Settings to type one</source>
        <translation>Аттар жасырылған; атын жазу үшін оларды баптауларда көрсетіңіз</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_reminder.py" line="50"/>
        <source>Back up &amp;now</source>
        <translation>Сақтық көшірме &amp;жасау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_reminder.py" line="51"/>
        <source>&amp;Later</source>
        <translation>&amp;Кейінірек</translation>
    </message>
</context>
<context>
    <name>RepeatingTable</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="214"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="217"/>
        <source>Remove</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="218"/>
        <source>Remove the selected row (Delete)</source>
        <translation>Таңдалған жолды өшіру (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="223"/>
        <source>Remove the selected row of %1</source>
        <translation>Таңдалған жолды өшіру: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="50"/>
        <source>Tirkeu — restore a backup</source>
        <translation>Tirkeu — сақтық көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="54"/>
        <source>The backup is restored into %1, which is empty, and opened there.</source>
        <translation>Сақтық көшірме бос %1 қалтасына қалпына келтіріліп, сонда ашылады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="56"/>
        <source>The vault you have open stays as it is: the backup is restored into another, empty folder, so nothing is overwritten. That also proves the backup opens.</source>
        <translation>Қазір ашық тұрған қойма өзгеріссіз қалады: сақтық көшірме басқа, бос қалтаға қалпына келтіріледі, сондықтан ештеңе қайта жазылмайды. Бұл көшірменің ашылатынын да көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="62"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="63"/>
        <source>Backup &amp;file</source>
        <translation>Сақтық көшірме &amp;файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="67"/>
        <source>Choose a fo&amp;lder…</source>
        <translation>&amp;Қалта таңдау…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="69"/>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="97"/>
        <source>Empty folder</source>
        <translation>Бос қалта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="72"/>
        <source>Open it with its pa&amp;ssphrase</source>
        <translation>Құпиясөзі&amp;мен ашу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="74"/>
        <source>Open it with the recovery c&amp;ode</source>
        <translation>Қалпына келтіру к&amp;одымен ашу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="88"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Жаңа құпиясөз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="90"/>
        <source>R&amp;epeat</source>
        <translation>Қа&amp;йталау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="96"/>
        <source>Backup file</source>
        <translation>Сақтық көшірме файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="98"/>
        <source>New passphrase</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="99"/>
        <source>Repeat the new passphrase</source>
        <translation>Жаңа құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="101"/>
        <source>&amp;Restore</source>
        <translation>Қалпына &amp;келтіру</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="113"/>
        <source>Recovery co&amp;de</source>
        <translation>Қалпына келтіру ко&amp;ды</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="113"/>
        <source>Pass&amp;phrase</source>
        <translation>Құпия&amp;сөз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="114"/>
        <source>Recovery code</source>
        <translation>Қалпына келтіру коды</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="114"/>
        <source>Passphrase</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="120"/>
        <source>Choose the backup</source>
        <translation>Сақтық көшірмені таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="122"/>
        <source>Tirkeu backups (%1)</source>
        <translation>Tirkeu сақтық көшірмелері (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="123"/>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="130"/>
        <source>Choose an empty folder</source>
        <translation>Бос қалтаны таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="140"/>
        <source>Choose the backup file first.</source>
        <translation>Алдымен сақтық көшірме файлын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="142"/>
        <source>Choose an empty folder to restore into.</source>
        <translation>Қалпына келтіретін бос қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="145"/>
        <source>Enter the recovery code.</source>
        <translation>Қалпына келтіру кодын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="146"/>
        <source>Enter the backup&apos;s passphrase.</source>
        <translation>Сақтық көшірменің құпиясөзін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="150"/>
        <source>Use at least 8 characters for the new passphrase.</source>
        <translation>Жаңа құпиясөз кемінде 8 символдан тұруы керек.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="153"/>
        <source>The two new passphrases differ.</source>
        <translation>Жаңа құпиясөздер сәйкес емес.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="179"/>
        <source>Restoring the backup…</source>
        <translation>Сақтық көшірме қалпына келтірілуде…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="190"/>
        <source>Restored %1 and %2 from the backup of %3 into %4. To open it, start Tirkeu with: tirkeu --data-dir &quot;%4&quot;</source>
        <translation>Қалпына келтірілді: %3 күнгі сақтық көшірмеден %1 және %2, %4 қалтасына. Оны ашу үшін Tirkeu бағдарламасын былай іске қосыңыз: tirkeu --data-dir &quot;%4&quot;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="192"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n оқиға</numerusform>
            <numerusform>%n оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="193"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n тіркеме</numerusform>
            <numerusform>%n тіркеме</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="196"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="81"/>
        <source>Save the backup as</source>
        <translation>Сақтық көшірмені сақтау орны</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="83"/>
        <source>Tirkeu backups (%1)</source>
        <translation>Tirkeu сақтық көшірмелері (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="84"/>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="98"/>
        <source>Backed up %1 and %2 (%3) to %4. It opens with this vault&apos;s passphrase or recovery code; keep it away from this laptop.</source>
        <translation>Сақтық көшірмеге %1 және %2 (%3) жазылды: %4. Ол осы қойманың құпиясөзімен не қалпына келтіру кодымен ашылады; оны бұл ноутбуктен бөлек сақтаңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="100"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n оқиға</numerusform>
            <numerusform>%n оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="101"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n тіркеме</numerusform>
            <numerusform>%n тіркеме</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="105"/>
        <source>Writing the backup…</source>
        <translation>Сақтық көшірме жазылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="127"/>
        <source>The vault was locked; nothing was set.</source>
        <translation>Қойма құлыпталды; ештеңе орнатылмады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="140"/>
        <source>Remove the duress passphrase? Typed at unlock, it will then be a wrong passphrase like any other.</source>
        <translation>Мәжбүрлік құпиясөзін өшіресіз бе? Бұдан кейін құлпын ашқанда ол кез келген басқа қате құпиясөз сияқты болады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="148"/>
        <source>The duress passphrase was removed.</source>
        <translation>Мәжбүрлік құпиясөзі өшірілді.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="159"/>
        <source>Wipe after %n wrong passphrase(s) in a row: on.</source>
        <translation>
            <numerusform>Қатарынан %n қате құпиясөзден кейін жою: қосулы.</numerusform>
            <numerusform>Қатарынан %n қате құпиясөзден кейін жою: қосулы.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="160"/>
        <source>Wipe after wrong passphrases: off.</source>
        <translation>Қате құпиясөздерден кейін жою: өшірулі.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="128"/>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="130"/>
        <source>One encrypted file holding everything in this vault: incidents, people, files, contacts and this laptop&apos;s keys. It opens only with this vault&apos;s passphrase or recovery code. Keep it away from this laptop, on a USB stick kept elsewhere.</source>
        <translation>Осы қоймадағының бәрі сақталған бір шифрланған файл: оқиғалар, адамдар, файлдар, байланыстар және осы ноутбуктің кілттері. Ол тек осы қойманың құпиясөзімен не қалпына келтіру кодымен ашылады. Оны ноутбуктен бөлек, басқа жерде тұрған флешкада сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="133"/>
        <source>Back &amp;up now…</source>
        <translation>Қазір сақтық &amp;көшірме жасау…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="134"/>
        <source>&amp;Restore a backup…</source>
        <translation>Сақтық көшірмені қал&amp;пына келтіру…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="136"/>
        <source>A backup is restored into an empty folder, never over this vault: you choose the backup and an empty folder, and Tirkeu says how to open it there.</source>
        <translation>Сақтық көшірме бос қалтаға қалпына келтіріледі, ешқашан осы қойманың үстіне емес: сіз көшірме мен бос қалтаны таңдайсыз, ал Tirkeu оны сол жерде қалай ашуды айтады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="138"/>
        <source>Re&amp;mind me when the last backup is older than</source>
        <translation>&amp;Еске салу: соңғы сақтық көшірмеден бері</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="139"/>
        <source> days</source>
        <translation> күн өтсе</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="140"/>
        <source>If the laptop is taken</source>
        <translation>Ноутбук тартып алынса</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="142"/>
        <source>A duress passphrase, typed at unlock instead of yours, destroys this archive at once and opens an empty vault that looks new. Whether one is set is written nowhere, not even here; setting one replaces any earlier one.</source>
        <translation>Құлпын ашқанда сіздікінің орнына енгізілген мәжбүрлік құпиясөзі қоймадағының бәрін бірден жояды да, жаңа сияқты көрінетін бос қойма ашады. Оның орнатылғаны еш жерде, тіпті мұнда да жазылмайды; жаңасын орнатсаңыз, бұрынғысы ауыстырылады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="145"/>
        <source>Set or change the &amp;duress passphrase…</source>
        <translation>&amp;Мәжбүрлік құпиясөзін орнату не өзгерту…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="146"/>
        <source>Remo&amp;ve it</source>
        <translation>Оны &amp;өшіру</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="147"/>
        <source>&amp;Wipe this vault after</source>
        <translation>Қойманы &amp;жою: қатарынан</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="148"/>
        <source> wrong passphrases in a row</source>
        <translation> қате құпиясөзден кейін</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="149"/>
        <source>Wrong passphrases before the wipe</source>
        <translation>Жоюға дейінгі қате құпиясөз саны</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="150"/>
        <source>Days before a backup reminder</source>
        <translation>Сақтық көшірме туралы еске салуға дейінгі күн саны</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="151"/>
        <source>Working</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="154"/>
        <source>Off by default. A right passphrase starts the count again. Anyone who takes the laptop can also wipe it this way, on purpose.</source>
        <translation>Әдепкіде өшірулі. Дұрыс құпиясөз санақты қайта бастайды. Ноутбукты алған кез келген адам да қойманы осылай әдейі жоя алады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="157"/>
        <source>Wiping destroys the keys first, so the archive is unreadable at once; backups kept elsewhere are not touched.</source>
        <translation>Жою алдымен кілттерді жояды, сондықтан жазылғанды бірден оқу мүмкін болмайды; басқа жерде сақталған сақтық көшірмелерге тиіспейді.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="159"/>
        <source>Wi&amp;pe this vault now…</source>
        <translation>Қойманы қа&amp;зір жою…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="92"/>
        <source>Your &amp;name</source>
        <translation>&amp;Атыңыз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="93"/>
        <source>Your name</source>
        <translation>Атыңыз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="94"/>
        <source>&amp;Save name</source>
        <translation>Атты &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="95"/>
        <source>Shown on your contact card. People who already have your card see the new name once you give it to them again.</source>
        <translation>Байланыс картаңызда көрсетіледі. Картаңыз бұрыннан бар адамдар жаңа атты сіз картаны оларға қайта бергенде көреді.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="98"/>
        <source>This laptop &amp;belongs to</source>
        <translation>Ноутбук &amp;иесі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="99"/>
        <source>a monitor: I record incidents</source>
        <translation>бақылаушы: оқиғаларды жазамын</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="100"/>
        <source>a coordinator: I receive, merge and count</source>
        <translation>үйлестіруші: қабылдаймын, біріктіремін, санаймын</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="101"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="102"/>
        <source>Lock when &amp;idle for</source>
        <translation>Әрекетсіз &amp;қалғанда құлыптау:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="103"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="104"/>
        <source>Show people&apos;s names as ini&amp;tials (working in public)</source>
        <translation>Адамдардың аттарын &amp;бас әріптермен көрсету (көпшілік арасында)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="114"/>
        <source>Vault folder: %1</source>
        <translation>Қойма қалтасы: %1</translation>
    </message>
</context>
<context>
    <name>StrengthHint</name>
    <message>
        <location filename="../../desktop_app/ui/kit/strength_hint.py" line="24"/>
        <source>Too short: use at least 8 characters — better, four or more unrelated words.</source>
        <translation>Тым қысқа: кемінде 8 символ керек, ал одан да жақсысы — өзара байланыссыз төрт не одан көп сөз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/strength_hint.py" line="26"/>
        <source>Weak: someone with your laptop could guess it. Add unrelated words.</source>
        <translation>Әлсіз: ноутбугыңыз қолына тиген адам оны табуы мүмкін. Өзара байланыссыз сөздер қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/strength_hint.py" line="28"/>
        <source>Fair. One or two more unrelated words make it strong.</source>
        <translation>Орташа. Тағы бір-екі байланыссыз сөз оны мықты етеді.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/strength_hint.py" line="30"/>
        <source>Strong.</source>
        <translation>Мықты.</translation>
    </message>
</context>
<context>
    <name>SummaryChoices</name>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="119"/>
        <source>from</source>
        <translation>басы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="119"/>
        <source>Counted from</source>
        <translation>Есептеу басы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="120"/>
        <source>to</source>
        <translation>соңы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="120"/>
        <source>Counted until</source>
        <translation>Есептеу соңы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="123"/>
        <source>A date like 2018-05-12, 2018-05 or 2018</source>
        <translation>2018-05-12, 2018-05 не 2018 түріндегі күн</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="124"/>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="132"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="124"/>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="133"/>
        <source>Violation</source>
        <translation>Бұзушылық</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="124"/>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="133"/>
        <source>Victim category</source>
        <translation>Кім зардап шекті</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="125"/>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="139"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="125"/>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="140"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="129"/>
        <source>all</source>
        <translation>бәрі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="130"/>
        <source>Tags are for your own view: they never appear in exports</source>
        <translation>Тегтер тек өзіңіз үшін: олар экспортқа ешқашан енбейді</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="132"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="132"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="134"/>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="134"/>
        <source>Killed</source>
        <translation>Қаза тапқандар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="135"/>
        <source>Kind of case</source>
        <translation>Іс түрі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="135"/>
        <source>Article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="136"/>
        <source>Outcome of the case</source>
        <translation>Іс нәтижесі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="136"/>
        <source>Penalty</source>
        <translation>Жаза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="137"/>
        <source>Remedy sought</source>
        <translation>Сұралған қорғау құралы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="138"/>
        <source>Outcome of the remedy</source>
        <translation>Қорғау құралының нәтижесі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="139"/>
        <source>Remedy implemented</source>
        <translation>Қорғау құралы орындалды</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="144"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Жолдар:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="145"/>
        <source>Co&amp;lumns:</source>
        <translation>&amp;Бағандар:</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="164"/>
        <source>Show the counts as the exports will show them</source>
        <translation>Сандарды экспорттағыдай көрсету</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="166"/>
        <source>Cross-table as CSV…</source>
        <translation>Қиылыс кестесі CSV түрінде…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="167"/>
        <source>Summary as CSV…</source>
        <translation>Жиынтық CSV түрінде…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="163"/>
        <source>As &amp;published (small counts hidden)</source>
        <translation>Жа&amp;рияланғандай (шағын сандар жасырылған)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="165"/>
        <source>Export &amp;CSV</source>
        <translation>&amp;CSV экспорттау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="168"/>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML экспорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="169"/>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF экспорттау…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="170"/>
        <source>Ca&amp;ncel</source>
        <translation>Бас &amp;тарту</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="171"/>
        <source>Cross-table</source>
        <translation>Қиылыс кестесі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="172"/>
        <source>The summary&apos;s figures</source>
        <translation>Жиынтық көрсеткіштері</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="173"/>
        <source>Counting</source>
        <translation>Есептеу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="174"/>
        <location filename="../../desktop_app/ui/summaries/page.py" line="261"/>
        <source>Counting…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="196"/>
        <source>The figures could not be counted; nothing was changed.</source>
        <translation>Көрсеткіштерді есептеу мүмкін болмады; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="217"/>
        <source>Cancelled: the figures shown are from before.</source>
        <translation>Тоқтатылды: бұрынғы көрсеткіштер көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="257"/>
        <location filename="../../desktop_app/ui/summaries/page.py" line="270"/>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="272"/>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="272"/>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="275"/>
        <source>Incidents over time</source>
        <translation>Уақыт бойынша оқиғалар</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="277"/>
        <source>Totals by %1</source>
        <translation>Жиындар: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="281"/>
        <source>Incidents: %1 · Victims: %2 (distinct people: %3; killed: %4) · Legal cases: %5 · Remedies: %6 (implemented: %7)</source>
        <translation>Оқиғалар: %1 · Зардап шегушілер: %2 (жеке адамдар: %3; қаза тапқандар: %4) · Істер: %5 · Қорғау құралдары: %6 (орындалғаны: %7)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="291"/>
        <source>Export the summary</source>
        <translation>Жиынтықты экспорттау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="302"/>
        <source>Tags are free text and may identify people: a cross-table by tag cannot be exported.</source>
        <translation>Тегтер — еркін мәтін, олар адамдарды анықтауы мүмкін: тег бойынша қиылыс кестесін экспорттауға болмайды.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="310"/>
        <source>The file could not be written: %1</source>
        <translation>Файл жазылмады: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="312"/>
        <source>Saved %1.</source>
        <translation>Сақталды: %1.</translation>
    </message>
</context>
<context>
    <name>TablesController</name>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="91"/>
        <source>Import a spreadsheet</source>
        <translation>Кестені импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="92"/>
        <source>Spreadsheets (%1)</source>
        <translation>Кестелер (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="114"/>
        <source>Reading %1…</source>
        <translation>%1 оқылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="133"/>
        <source>Checking and storing the rows…</source>
        <translation>Жолдар тексеріліп, сақталуда…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="140"/>
        <source>Import from Martus</source>
        <translation>Martus-тан импорттау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="141"/>
        <source>Martus bulletins (%1)</source>
        <translation>Martus бюллетеньдері (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="163"/>
        <source>Importing %1…</source>
        <translation>%1 импортталуда…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="198"/>
        <source>Export a table</source>
        <translation>Кестені экспорттау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="199"/>
        <source>Tables (%1)</source>
        <translation>Кестелер (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="216"/>
        <source>Writing %1…</source>
        <translation>%1 жазылуда…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="249"/>
        <source>Open the &amp;People page</source>
        <translation>«&amp;Адамдар» бөлімін ашу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="251"/>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="272"/>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop_app/ui/kit/tasks.py" line="141"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
</context>
<context>
    <name>VaultDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="62"/>
        <source>Tirkeu — create a vault</source>
        <translation>Tirkeu — қойма жасау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="63"/>
        <source>Tirkeu — unlock</source>
        <translation>Tirkeu — құлпын ашу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="66"/>
        <source>Your records will be kept encrypted in:
%1</source>
        <translation>Жазбаларыңыз шифрланып мына қалтада сақталады:
%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="67"/>
        <source>Enter your passphrase to unlock.</source>
        <translation>Құлпын ашу үшін құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="79"/>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="85"/>
        <source>e.g. Aigerim Bekova</source>
        <translation>мысалы, Айгерім Бекова</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="86"/>
        <source>&amp;Monitor: I record incidents and send them to a coordinator</source>
        <translation>&amp;Бақылаушы: оқиғаларды жазып, үйлестірушіге жіберемін</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="89"/>
        <source>Coor&amp;dinator: I receive monitors&apos; bundles, merge and count them</source>
        <translation>&amp;Үйлестіруші: бақылаушылардың пакеттерін қабылдап, біріктіремін және санаймын</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="99"/>
        <source>Make a reco&amp;very code (recommended)</source>
        <translation>Қалпына келтіру &amp;кодын жасау (ұсынылады)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="102"/>
        <source>Your &amp;name</source>
        <translation>&amp;Атыңыз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="105"/>
        <source>Shown on your contact card: the people you exchange bundles with see it.</source>
        <translation>Байланыс картаңызда көрсетіледі: оны пакет алмасатын адамдар көреді.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="109"/>
        <source>This laptop belongs to</source>
        <translation>Ноутбук иесі</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="113"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="118"/>
        <source>&amp;Repeat</source>
        <translation>Қа&amp;йталау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="123"/>
        <source>Your name</source>
        <translation>Атыңыз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="124"/>
        <source>Passphrase</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="125"/>
        <source>Repeat the passphrase</source>
        <translation>Құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="132"/>
        <source>Working</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="136"/>
        <source>&amp;Create</source>
        <translation>&amp;Жасау</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="136"/>
        <source>&amp;Unlock</source>
        <translation>Құлпын а&amp;шу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="141"/>
        <source>Restore from a &amp;backup…</source>
        <translation>&amp;Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="176"/>
        <source>Write your name: it goes on your contact card, so the people you exchange bundles with know who sent them.</source>
        <translation>Атыңызды жазыңыз: ол байланыс картаңызда тұрады, сонда пакет алмасатын адамдар оларды кім жібергенін біледі.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="180"/>
        <source>Use at least 8 characters; several unrelated words are easy to remember and hard to guess.</source>
        <translation>Кемінде 8 символ қолданыңыз; өзара байланыссыз бірнеше сөзді есте сақтау оңай, табу қиын.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="183"/>
        <source>The two passphrases differ.</source>
        <translation>Құпиясөздер сәйкес емес.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="188"/>
        <source>Enter your passphrase.</source>
        <translation>Құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="213"/>
        <source>Tirkeu — recovery code</source>
        <translation>Tirkeu — қалпына келтіру коды</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="214"/>
        <source>Write this recovery code on paper and keep it away from this computer. It can set a new passphrase if you forget yours. It is shown only now.</source>
        <translation>Бұл қалпына келтіру кодын қағазға жазып, компьютерден бөлек сақтаңыз. Құпиясөзіңізді ұмытсаңыз, ол арқылы жаңасын орнатуға болады. Код тек қазір көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>WipeCountdown</name>
    <message>
        <location filename="../../desktop_app/ui/shell/wipe.py" line="47"/>
        <source>Press Cancel or Escape to stop; nothing is touched until the count reaches zero.</source>
        <translation>Тоқтату үшін «Бас тарту» немесе Esc пернесін басыңыз; санақ нөлге жеткенше ештеңе өзгермейді.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/wipe.py" line="50"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Бас тарту</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/wipe.py" line="79"/>
        <source>Wiping in %n second(s)…</source>
        <translation>
            <numerusform>%n секундтан кейін жойылады…</numerusform>
            <numerusform>%n секундтан кейін жойылады…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WipeFlow</name>
    <message>
        <location filename="../../desktop_app/ui/shell/wipe.py" line="95"/>
        <source>Wipe this vault?</source>
        <translation>Бұл қойманы жоясыз ба?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/wipe.py" line="98"/>
        <source>This destroys, on this computer and for ever, every incident, person, attachment, contact, draft and this laptop&apos;s own keys, kept in %1. Nobody can read them afterwards, not even with the passphrase or the recovery code. Backups kept elsewhere are not touched. The window then starts again as on a new laptop.</source>
        <translation>Бұл әрекет %1 қалтасында сақталған барлық оқиғаны, адамды, тіркемені, байланысты, жобаны және осы ноутбуктің өз кілттерін бұл компьютерде біржола жояды. Одан кейін оларды ешкім оқи алмайды, тіпті құпиясөзбен не қалпына келтіру кодымен де. Басқа жерде сақталған сақтық көшірмелерге тиіспейді. Содан кейін терезе жаңа ноутбуктағыдай қайта басталады.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/wipe.py" line="105"/>
        <source>&amp;Wipe…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/wipe.py" line="107"/>
        <source>Keep the vault</source>
        <translation>Қойманы қалдыру</translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message>
        <location filename="../../desktop_app/ui/kit/work_dialog.py" line="35"/>
        <source>Working</source>
        <translation>Орындалуда</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/work_dialog.py" line="42"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Бас тарту</translation>
    </message>
</context>
<context>
    <name>image_strip</name>
    <message>
        <location filename="../../desktop_app/ui/attachments/image_strip.py" line="26"/>
        <source>Tirkeu cannot remove hidden data from this kind of file; save the original only if you are sure.</source>
        <translation>Tirkeu мұндай файлдан жасырын деректерді өшіре алмайды; түпнұсқаны тек сенімді болсаңыз ғана сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/image_strip.py" line="29"/>
        <source>Tirkeu cannot remove hidden data from animated or multi-page images; save the original only if you are sure.</source>
        <translation>Tirkeu анимациялы не көп бетті суреттерден жасырын деректерді өшіре алмайды; түпнұсқаны тек сенімді болсаңыз ғана сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/image_strip.py" line="32"/>
        <source>This picture could not be read, so Tirkeu cannot remove its hidden data; save the original only if you are sure.</source>
        <translation>Бұл сурет оқылмады, сондықтан Tirkeu оның жасырын деректерін өшіре алмайды; түпнұсқаны тек сенімді болсаңыз ғана сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/image_strip.py" line="35"/>
        <source>This picture is too large to rebuild safely (more than 100 million pixels, or a file over 256 MB); nothing was written.</source>
        <translation>Сурет қауіпсіз қайта құруға тым үлкен (100 миллион пиксельден көп не файлы 256 МБ-тан асады); ештеңе жазылмады.</translation>
    </message>
</context>
</TS>

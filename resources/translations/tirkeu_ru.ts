<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="56"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="56"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="56"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="81"/>
        <source>Open a contact card</source>
        <translation>Открыть карточку контакта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="186"/>
        <source>That file cannot be read.</source>
        <translation>Этот файл не удаётся прочитать.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="185"/>
        <source>That file is too large to be a contact card.</source>
        <translation>Файл слишком большой для карточки контакта.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="120"/>
        <source>Revoke %1&apos;s key? Do this when their laptop was seized or lost.

From now on every bundle or receipt signed by that key is refused, whatever date it claims, and nothing more is sent to it. What it brought before stays, marked &quot;from a revoked key&quot; in the list and the record. The key stays revoked even if you remove %1, and their card cannot be added again.

This cannot be undone: once they have a new laptop, add their new card after checking its words with them in person or by phone.</source>
        <translation>Отозвать ключ контакта %1? Делайте это, если ноутбук этого человека изъят или потерян.

С этого момента любой пакет или подтверждение, подписанные этим ключом, отклоняются, какую бы дату они ни указывали, и ничего больше на этот ключ не отправляется. Полученное раньше остаётся и помечается в списке и в записи как «от отозванного ключа». Ключ останется отозванным, даже если удалить контакт %1, а карточку этого контакта нельзя будет добавить снова.

Это нельзя отменить: когда у человека будет новый ноутбук, добавьте его новую карточку, сверив слова с ним лично или по телефону.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="135"/>
        <source>Revoked %1&apos;s key on %2. What it brought before is marked in the list.</source>
        <translation>Ключ контакта %1 отозван %2. Полученное от него раньше помечено в списке.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="188"/>
        <source>%1&apos;s key was already revoked on %2.</source>
        <translation>Ключ контакта %1 уже отозван %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="191"/>
        <source>That card holds %1&apos;s key, which you revoked on %2; it cannot be added again.</source>
        <translation>В этой карточке ключ контакта %1, отозванный вами %2; её нельзя добавить снова.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="195"/>
        <source>That is your own card.</source>
        <translation>Это ваша собственная карточка.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="196"/>
        <source>That card is already a contact, named %1.</source>
        <translation>Эта карточка уже есть в контактах под именем %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="197"/>
        <source>There is already a contact named %1; remove it first if this card replaces it.</source>
        <translation>Контакт с именем %1 уже есть; если эта карточка его заменяет, сначала удалите его.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="153"/>
        <source>Save my card as</source>
        <translation>Сохранить мою карточку как</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="159"/>
        <source>The card could not be written there; choose another place.</source>
        <translation>Не удалось записать карточку сюда; выберите другое место.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="160"/>
        <source>Saved your card as %1. Read the words above to each person who adds it.</source>
        <translation>Ваша карточка сохранена как %1. Прочитайте слова выше каждому, кто её добавляет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="136"/>
        <source>Tick at least one contact to send the bundle to.</source>
        <translation>Отметьте хотя бы один контакт, которому отправить пакет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="137"/>
        <source>Add a coordinator&apos;s card under Contacts first.</source>
        <translation>Сначала добавьте карточку координатора в разделе «Контакты».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="138"/>
        <source>Save the bundle as</source>
        <translation>Сохранить пакет как</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="143"/>
        <source>%1 (coordinator)</source>
        <translation>%1 (координатор)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="153"/>
        <source>Cancelled; no bundle was written.</source>
        <translation>Отменено; пакет не записан.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="157"/>
        <source>Nothing new to send to %1 since the last bundle; no file was written.</source>
        <translation>Нечего отправить (кому: %1): ничего нового с прошлого пакета; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="160"/>
        <source>Sent to %1: %2, %3. Give %4 the file %5.</source>
        <translation>Отправлено (кому: %1): %2, %3. Передайте файл %5 (кому: %4).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/controller.py" line="161"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/controller.py" line="162"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="168"/>
        <source>Sealing the bundle…</source>
        <translation>Запечатывание пакета…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="176"/>
        <source>Choose bundles to import</source>
        <translation>Выберите пакеты для импорта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="181"/>
        <source>cancelled; nothing from it was imported.</source>
        <translation>отменено; из него ничего не импортировано.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="182"/>
        <source>not imported (cancelled before it).</source>
        <translation>не импортирован (отменено до него).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="183"/>
        <source>something went wrong (%1); nothing from it was imported.</source>
        <translation>произошла ошибка (%1); из него ничего не импортировано.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/controller.py" line="207"/>
        <source>Opening %n bundle(s)…</source>
        <translation>
            <numerusform>Открытие %n пакета…</numerusform>
            <numerusform>Открытие %n пакетов…</numerusform>
            <numerusform>Открытие %n пакетов…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="218"/>
        <source>Save the receipt as</source>
        <translation>Сохранить подтверждение как</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/controller.py" line="226"/>
        <source>Wrote a receipt for %1 confirming %n incident revision(s). Give %1 the file %2.</source>
        <translation>
            <numerusform>Подтверждение для контакта %1 записано: подтверждена %n версия инцидентов. Передайте файл %2 (кому: %1).</numerusform>
            <numerusform>Подтверждение для контакта %1 записано: подтверждены %n версии инцидентов. Передайте файл %2 (кому: %1).</numerusform>
            <numerusform>Подтверждение для контакта %1 записано: подтверждено %n версий инцидентов. Передайте файл %2 (кому: %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="230"/>
        <source>Writing the receipt…</source>
        <translation>Запись подтверждения…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="242"/>
        <source>No incident here has been confirmed by a coordinator yet; there is nothing to purge.</source>
        <translation>Ни один инцидент здесь ещё не подтверждён координатором; очищать нечего.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/controller.py" line="245"/>
        <source>Delete from this computer the %n incident(s) a coordinator has confirmed receiving, with their files? Anything not yet confirmed, or changed since, stays.</source>
        <translation>
            <numerusform>Удалить с этого компьютера %n инцидент, получение которого подтвердил координатор, вместе с файлами? Всё, что ещё не подтверждено или изменено после, останется.</numerusform>
            <numerusform>Удалить с этого компьютера %n инцидента, получение которых подтвердил координатор, вместе с файлами? Всё, что ещё не подтверждено или изменено после, останется.</numerusform>
            <numerusform>Удалить с этого компьютера %n инцидентов, получение которых подтвердил координатор, вместе с файлами? Всё, что ещё не подтверждено или изменено после, останется.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/controller.py" line="255"/>
        <source>Purged %n delivered incident(s); anything not yet confirmed stays.</source>
        <translation>
            <numerusform>Очищен %n доставленный инцидент; всё неподтверждённое осталось.</numerusform>
            <numerusform>Очищено %n доставленных инцидента; всё неподтверждённое осталось.</numerusform>
            <numerusform>Очищено %n доставленных инцидентов; всё неподтверждённое осталось.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="260"/>
        <source>Purging delivered incidents…</source>
        <translation>Очистка доставленных инцидентов…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="81"/>
        <source>This incident was removed from this computer (deleted, or purged after a coordinator confirmed it) after you opened it; nothing was saved. Your changes are kept: re-apply them to save them as a new incident, or drop them.</source>
        <translation>Этот инцидент удалён с компьютера (удалён или очищен после подтверждения координатора) уже после того, как вы его открыли; ничего не сохранено. Ваши изменения сохранились: примените их вновь, чтобы сохранить как новый инцидент, или отбросьте.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="93"/>
        <source>Your changes were not saved over it; they are kept. Re-apply them on top, or drop them.</source>
        <translation>Ваши изменения не записаны поверх; они сохранились. Примените их поверх новой версии или отбросьте.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="100"/>
        <source>Someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="103"/>
        <source>%1 saved a newer version of this incident on %2 (changed: %3); it is shown now.</source>
        <translation>Сохранена более новая версия этого инцидента (%1, %2; изменено: %3); сейчас показана она.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="105"/>
        <source>%1 saved a newer version of this incident on %2; it is shown now.</source>
        <translation>Сохранена более новая версия этого инцидента (%1, %2); сейчас показана она.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="124"/>
        <source>Your changes are back on top of the newer version; check them and save.</source>
        <translation>Ваши изменения применены поверх новой версии; проверьте их и сохраните.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="139"/>
        <source>Your changes were dropped.</source>
        <translation>Ваши изменения отброшены.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="145"/>
        <source>This incident was removed from this computer while you were typing. Your typing stays; when you save, you can keep it as a new incident.</source>
        <translation>Пока вы печатали, этот инцидент удалили с компьютера. Набранное осталось; при сохранении его можно оставить как новый инцидент.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="151"/>
        <source>The incident that was open was removed from this computer.</source>
        <translation>Открытый инцидент удалён с этого компьютера.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="207"/>
        <source>1 photo goes without its hidden data</source>
        <translation>1 фото уходит без скрытых данных</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/page.py" line="208"/>
        <source>%n photos go without their hidden data</source>
        <translation>
            <numerusform>%n фото уходит без скрытых данных</numerusform>
            <numerusform>%n фото уходят без скрытых данных</numerusform>
            <numerusform>%n фото уходят без скрытых данных</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="210"/>
        <source>1 original is sent as chosen</source>
        <translation>1 оригинал отправляется, как выбрано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/page.py" line="211"/>
        <source>%n originals are sent as chosen</source>
        <translation>
            <numerusform>%n оригинал отправляется, как выбрано</numerusform>
            <numerusform>%n оригинала отправляются, как выбрано</numerusform>
            <numerusform>%n оригиналов отправляются, как выбрано</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="213"/>
        <source>1 other file goes as it is, with its metadata (author, software)</source>
        <translation>1 другой файл уходит как есть, с метаданными (автор, программа)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/page.py" line="214"/>
        <source>%n other files go as they are, with their metadata (author, software)</source>
        <translation>
            <numerusform>%n другой файл уходит как есть, с метаданными (автор, программа)</numerusform>
            <numerusform>%n других файла уходят как есть, с метаданными (автор, программа)</numerusform>
            <numerusform>%n других файлов уходят как есть, с метаданными (автор, программа)</numerusform>
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
        <translation>Выберите папку для синхронизации</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/folder_sync.py" line="150"/>
        <source>Syncing stopped; the folder and its files are left as they are.</source>
        <translation>Синхронизация остановлена; папка и её файлы оставлены как есть.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/folder_sync.py" line="168"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/folder_sync.py" line="190"/>
        <source>Last synced %1 · %2</source>
        <translation>Последняя синхронизация %1 · %2</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../desktop_app/ui/attachments/viewer.py" line="43"/>
        <source>Tirkeu — attachment</source>
        <translation>Tirkeu — вложение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/viewer.py" line="86"/>
        <source>Actual size</source>
        <translation>Исходный размер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/viewer.py" line="88"/>
        <source>Switch between fitting the window and 100% (Ctrl+0)</source>
        <translation>Переключить: по размеру окна или 100% (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/viewer.py" line="113"/>
        <source>This PDF cannot be shown here; it may be damaged or protected by a password. It is kept unchanged in the vault.</source>
        <translation>Этот PDF не удаётся показать здесь: возможно, он повреждён или защищён паролем. В хранилище он хранится без изменений.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/viewer.py" line="119"/>
        <source>Tirkeu cannot show this kind of file here. It is kept safely in the vault; its fingerprint lets anyone check that a copy is unchanged.</source>
        <translation>Tirkeu не умеет показывать такие файлы. Файл надёжно хранится в хранилище; по его отпечатку любой может проверить, что копия не изменена.</translation>
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
        <translation>Чтобы добавить файлы, сначала сохраните инцидент.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="93"/>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="330"/>
        <source>Please wait until the current file is done.</source>
        <translation>Подождите, пока обработается текущий файл.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="95"/>
        <source>Add files to the incident</source>
        <translation>Добавить файлы к инциденту</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="100"/>
        <source>Only files can be added; “%1” was left out.</source>
        <translation>Добавлять можно только файлы; «%1» пропущен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="111"/>
        <source>“%1” could not be read; it was not added.</source>
        <translation>«%1» не удаётся прочитать; он не добавлен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="134"/>
        <source>Cancelled. Nothing of “%1” was stored.</source>
        <translation>Отменено. Из «%1» ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="140"/>
        <source>Adding “%1” (%2 of %3)…</source>
        <translation>Добавление «%1» (%2 из %3)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="154"/>
        <source>This photo records where it was taken: %1. The copy that leaves this laptop will not.</source>
        <translation>В этом фото записано, где оно сделано: %1. В копии, которая покинет ноутбук, этого не будет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="158"/>
        <source>This PDF keeps its metadata (author, software, dates) wherever it goes, in bundles too: Tirkeu removes hidden data from photos only.</source>
        <translation>Этот PDF сохраняет метаданные (автор, программа, даты) везде, в том числе в пакетах: Tirkeu удаляет скрытые данные только из фото.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="162"/>
        <source>This document keeps its metadata (author, software, editing time) wherever it goes, in bundles too: Tirkeu removes hidden data from photos only.</source>
        <translation>Этот документ сохраняет метаданные (автор, программа, время правки) везде, в том числе в пакетах: Tirkeu удаляет скрытые данные только из фото.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="174"/>
        <source>Bundles will carry the original of “%1”, with everything hidden in it: where and when a photo was taken, the device, the author. Send the original?</source>
        <translation>В пакетах уйдёт оригинал «%1» со всем, что в нём скрыто: где и когда сделано фото, устройство, автор. Отправлять оригинал?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="176"/>
        <source>Send the original</source>
        <translation>Отправлять оригинал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="185"/>
        <source>Bundles will carry the original of “%1”.</source>
        <translation>В пакетах уйдёт оригинал «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="187"/>
        <source>“%1” leaves in bundles without its hidden data when it is a photo.</source>
        <translation>«%1» уходит в пакетах без скрытых данных, если это фото.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="219"/>
        <source>Opening “%1”…</source>
        <translation>Открытие «%1»…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="246"/>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="261"/>
        <source>Save original…</source>
        <translation>Сохранить оригинал…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="255"/>
        <source>Removing hidden data from “%1”…</source>
        <translation>Удаление скрытых данных из «%1»…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="259"/>
        <source>The original may hold hidden data: where and when a photo was taken, the device, the author. Anyone who gets the copy can read it. Save the original anyway?</source>
        <translation>В оригинале могут быть скрытые данные: где и когда сделано фото, устройство, автор. Их прочтёт любой, к кому попадёт копия. Всё равно сохранить оригинал?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="274"/>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="278"/>
        <source>The copy could not be written to “%1”.</source>
        <translation>Не удалось записать копию в «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="279"/>
        <source>The stored file no longer matches its fingerprint; the copy was deleted.</source>
        <translation>Сохранённый файл больше не совпадает со своим отпечатком; копия удалена.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="288"/>
        <source>Cancelled. The unfinished copy was deleted.</source>
        <translation>Отменено. Незаконченная копия удалена.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="292"/>
        <source>Copy saved.</source>
        <translation>Копия сохранена.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="295"/>
        <source>Saving “%1”…</source>
        <translation>Сохранение «%1»…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="301"/>
        <source>Remove “%1” from this incident? It is deleted from the vault; copies saved elsewhere stay.</source>
        <translation>Удалить «%1» из этого инцидента? Файл удаляется из хранилища; копии, сохранённые в других местах, останутся.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="303"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="68"/>
        <source>Attached files</source>
        <translation>Вложенные файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="69"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="69"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="70"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="70"/>
        <source>SHA-256 (start)</source>
        <translation>SHA-256 (начало)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="86"/>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="89"/>
        <source>Select a file to see its full fingerprint</source>
        <translation>Выберите файл, чтобы увидеть его полный отпечаток</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="100"/>
        <source>Send the &amp;original in bundles</source>
        <translation>Отправлять в пакетах &amp;оригинал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="107"/>
        <source>With its hidden data; otherwise a photo leaves as a copy without it.</source>
        <translation>Со скрытыми данными; иначе фото уходит копией без них.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="112"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="113"/>
        <source>Add files (or drop them here)</source>
        <translation>Добавить файлы (или перетащите их сюда)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="115"/>
        <source>&amp;View</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="121"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="124"/>
        <source>View</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="125"/>
        <source>&amp;Save copy…</source>
        <translation>&amp;Сохранить копию…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="127"/>
        <source>Save a copy without hidden data such as GPS position, camera and comments</source>
        <translation>Сохранить копию без скрытых данных: GPS-координат, сведений о камере, комментариев</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="128"/>
        <source>Save original…</source>
        <translation>Сохранить оригинал…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="129"/>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="184"/>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="209"/>
        <source>Save the incident first to add files.</source>
        <translation>Чтобы добавить файлы, сначала сохраните инцидент.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="246"/>
        <source>%1 · %2 · %3 bytes</source>
        <translation>%1 · %2 · %3 байт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="249"/>
        <source>a copy without hidden data; the original&apos;s SHA-256: %1</source>
        <translation>копия без скрытых данных; SHA-256 оригинала: %1</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../desktop_app/ui/kit/backup_words.py" line="21"/>
        <source>Never backed up</source>
        <translation>Резервных копий ещё не было</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/backup_words.py" line="22"/>
        <source>Last backup: %1</source>
        <translation>Последняя резервная копия: %1</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_reminder.py" line="80"/>
        <source>This archive has never been backed up. A backup is one encrypted file you keep away from this laptop.</source>
        <translation>Резервная копия этого хранилища ещё ни разу не создавалась. Резервная копия — это один зашифрованный файл, который вы храните отдельно от этого ноутбука.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/backup_reminder.py" line="82"/>
        <source>The last backup is more than %n day(s) old.</source>
        <translation>
            <numerusform>Последней резервной копии больше %n дня.</numerusform>
            <numerusform>Последней резервной копии больше %n дней.</numerusform>
            <numerusform>Последней резервной копии больше %n дней.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CancelProgress</name>
    <message>
        <location filename="../../desktop_app/ui/kit/tasks.py" line="168"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/tasks.py" line="176"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>CardCheckDialog</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="60"/>
        <source>Has %1 read you these same words, in person or by phone? If any word differs, someone may have changed the card: do not add it.</source>
        <translation>Слышали ли вы эти же слова от самого человека (%1) лично или по телефону? Если хоть одно слово отличается, карточку могли подменить: не добавляйте её.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="64"/>
        <source>&amp;Coordinator: my bundles go to them</source>
        <translation>&amp;Координатор: мои пакеты идут ему</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="66"/>
        <source>&amp;Accept bundles signed by them</source>
        <translation>&amp;Принимать пакеты с его подписью</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="69"/>
        <source>&amp;Yes, the words match: add</source>
        <translation>&amp;Да, слова совпадают: добавить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="71"/>
        <source>&amp;No, do not add</source>
        <translation>&amp;Нет, не добавлять</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="121"/>
        <source>Choose a conflict to compare the two versions.</source>
        <translation>Выберите конфликт, чтобы сравнить две версии.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="122"/>
        <source>No conflicts to resolve.</source>
        <translation>Конфликтов нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="125"/>
        <source>“%1” was changed here and by %2 (saved %3). For each field, choose the version to keep.</source>
        <translation>«%1» изменён и здесь, и контактом %2 (сохранено %3). Для каждого поля выберите, какую версию оставить.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="131"/>
        <source>The two versions say the same in every field.</source>
        <translation>В обеих версиях все поля совпадают.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="137"/>
        <source>Here</source>
        <translation>Здесь</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="138"/>
        <source>From %1</source>
        <translation>От: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="142"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="171"/>
        <source>Incidents &amp;edited both here and elsewhere:</source>
        <translation>Инциденты, из&amp;менённые и здесь, и в другом месте:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="172"/>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="190"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="172"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="173"/>
        <source>Changed there</source>
        <translation>Изменено там</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="174"/>
        <source>Incidents edited both here and elsewhere</source>
        <translation>Инциденты, изменённые и здесь, и в другом месте</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="175"/>
        <source>The two versions, field by field</source>
        <translation>Две версии, поле за полем</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="176"/>
        <source>&amp;Keep ours</source>
        <translation>Оставить &amp;нашу версию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="177"/>
        <source>&amp;Take theirs</source>
        <translation>Принять и&amp;х версию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="178"/>
        <source>Save &amp;merged</source>
        <translation>Сохранить &amp;объединённую</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="190"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="190"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="191"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="191"/>
        <source>Violations</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="192"/>
        <source>People affected</source>
        <translation>Пострадавшие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="192"/>
        <source>Perpetrators</source>
        <translation>Нарушители</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="193"/>
        <source>Legal cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="193"/>
        <source>Remedies</source>
        <translation>Средства защиты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="194"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="194"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="195"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="195"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="221"/>
        <source>(name not recorded)</source>
        <translation>(имя не записано)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="224"/>
        <source>killed</source>
        <translation>погиб(ла)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="230"/>
        <source>(defendant not recorded)</source>
        <translation>(обвиняемый не записан)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="232"/>
        <source>art. %1</source>
        <translation>ст. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="235"/>
        <source>penalties: %1</source>
        <translation>наказания: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="237"/>
        <source>implemented</source>
        <translation>исполнено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="237"/>
        <source>not implemented</source>
        <translation>не исполнено</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="198"/>
        <source>My card</source>
        <translation>Моя карточка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="199"/>
        <source>Your card is public: give it to the people you exchange bundles with, and read them these words when they add it.</source>
        <translation>Ваша карточка открыта для всех: передайте её тем, с кем обмениваетесь пакетами, и прочитайте им эти слова, когда они её добавляют.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="202"/>
        <source>&amp;Save my card…</source>
        <translation>&amp;Сохранить мою карточку…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="203"/>
        <source>C&amp;ontacts:</source>
        <translation>&amp;Контакты:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="204"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="204"/>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="205"/>
        <source>Fingerprint words</source>
        <translation>Слова отпечатка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="206"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="207"/>
        <source>Coor&amp;dinator: my bundles go to them</source>
        <translation>К&amp;оординатор: мои пакеты идут ему</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="208"/>
        <source>Acc&amp;ept bundles signed by them</source>
        <translation>&amp;Принимать пакеты с его подписью</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="209"/>
        <source>&amp;Add from card…</source>
        <translation>&amp;Добавить из карточки…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="210"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="211"/>
        <source>Re&amp;voke…</source>
        <translation>Ото&amp;звать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="212"/>
        <source>Their laptop was seized or lost: refuse everything signed by their key from now on</source>
        <translation>Ноутбук этого человека изъят или потерян: с этого момента отклонять всё, что подписано его ключом</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="220"/>
        <source>Key revoked on %1: everything signed by it is refused, and nothing is sent to it.</source>
        <translation>Ключ отозван %1: всё, что им подписано, отклоняется, и на него ничего не отправляется.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="225"/>
        <source>key revoked on %1</source>
        <translation>ключ отозван %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="226"/>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="227"/>
        <source>bundles accepted</source>
        <translation>пакеты принимаются</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="228"/>
        <source>no role</source>
        <translation>без роли</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="99"/>
        <source>Remove %1 from your contacts? You will no longer be able to send bundles to them, and bundles signed by them will be refused.</source>
        <translation>Удалить контакт %1? Вы больше не сможете отправлять ему пакеты, а пакеты с его подписью будут отклоняться.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="109"/>
        <source>Removed %1.</source>
        <translation>Удалён контакт: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="178"/>
        <source>Added %1.</source>
        <translation>Добавлен контакт: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="209"/>
        <source>Contact cards (*.json)</source>
        <translation>Карточки контактов (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="210"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/fields.py" line="199"/>
        <source>2018-05-12, 2018-05 or 2018</source>
        <translation>2018-05-12, 2018-05 или 2018</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/fields.py" line="205"/>
        <source>%1: precision</source>
        <translation>%1: точность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/fields.py" line="200"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/fields.py" line="200"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/fields.py" line="200"/>
        <source>Year only</source>
        <translation>Только год</translation>
    </message>
</context>
<context>
    <name>DeliveryStatus</name>
    <message>
        <location filename="../../desktop_app/ui/shell/status.py" line="40"/>
        <source>Unlocked · no incidents yet</source>
        <translation>Разблокировано · инцидентов пока нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/status.py" line="43"/>
        <location filename="../../desktop_app/ui/shell/status.py" line="52"/>
        <source>Unlocked · %n incident(s)</source>
        <translation>
            <numerusform>Разблокировано · %n инцидент</numerusform>
            <numerusform>Разблокировано · %n инцидента</numerusform>
            <numerusform>Разблокировано · %n инцидентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/status.py" line="46"/>
        <source>Unlocked · %n incident(s) not yet confirmed · no coordinator added yet</source>
        <translation>
            <numerusform>Разблокировано · %n инцидент не подтверждён · координатор ещё не добавлен</numerusform>
            <numerusform>Разблокировано · %n инцидента не подтверждены · координатор ещё не добавлен</numerusform>
            <numerusform>Разблокировано · %n инцидентов не подтверждены · координатор ещё не добавлен</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/status.py" line="48"/>
        <source>Unlocked · %n incident(s) not yet confirmed by a coordinator</source>
        <translation>
            <numerusform>Разблокировано · %n инцидент не подтверждён координатором</numerusform>
            <numerusform>Разблокировано · %n инцидента не подтверждены координатором</numerusform>
            <numerusform>Разблокировано · %n инцидентов не подтверждены координатором</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/status.py" line="54"/>
        <source>Unlocked · no coordinator added yet</source>
        <translation>Разблокировано · координатор ещё не добавлен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/status.py" line="55"/>
        <source>Unlocked · everything confirmed by a coordinator</source>
        <translation>Разблокировано · всё подтверждено координатором</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/status.py" line="61"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
</context>
<context>
    <name>DuressDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="27"/>
        <source>Tirkeu — duress passphrase</source>
        <translation>Tirkeu — фраза под принуждением</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="31"/>
        <source>Typed at unlock instead of your passphrase, the duress passphrase destroys this archive at once and opens an empty vault with your name on it. Keep a backup somewhere safe: nothing brings the archive back but a backup.</source>
        <translation>Если при разблокировке ввести фразу под принуждением вместо вашей парольной фразы, она сразу уничтожит всё, что записано в хранилище, и откроет пустое хранилище с вашим именем. Храните резервную копию в надёжном месте: вернуть записанное может только она.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="45"/>
        <source>Your &amp;passphrase</source>
        <translation>&amp;Ваша парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="45"/>
        <source>Your passphrase</source>
        <translation>Ваша парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="46"/>
        <source>&amp;Duress passphrase</source>
        <translation>&amp;Фраза под принуждением</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="47"/>
        <source>Duress passphrase</source>
        <translation>Фраза под принуждением</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="50"/>
        <source>&amp;Repeat it</source>
        <translation>&amp;Ещё раз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="50"/>
        <source>Repeat the duress passphrase</source>
        <translation>Повторите фразу под принуждением</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="53"/>
        <source>&amp;Set</source>
        <translation>&amp;Задать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="60"/>
        <source>Enter your passphrase first.</source>
        <translation>Сначала введите свою парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="62"/>
        <source>Use at least 8 characters for the duress passphrase.</source>
        <translation>Фраза под принуждением должна содержать не меньше 8 символов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="65"/>
        <source>The two duress passphrases differ.</source>
        <translation>Фразы под принуждением не совпадают.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/duress_dialog.py" line="74"/>
        <source>The duress passphrase is set. Typed at unlock, it destroys this archive at once and opens an empty vault; keep a backup somewhere safe.</source>
        <translation>Фраза под принуждением задана. Если ввести её при разблокировке, она сразу уничтожит всё, что записано в хранилище, и откроет пустое хранилище; храните резервную копию в надёжном месте.</translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="121"/>
        <source>%1 saved a newer version of this incident while you were typing. Your typing stays; when you save, you can re-apply it on top of theirs.</source>
        <translation>Пока вы печатали, сохранена более новая версия этого инцидента (%1). Набранное осталось; при сохранении его можно применить поверх новой версии.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="123"/>
        <source>Someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="168"/>
        <source>From a revoked key: some of this record came in a bundle signed by %1&apos;s key, which you revoked on %2. Check it before relying on it.</source>
        <translation>От отозванного ключа: часть этой записи пришла в пакете, подписанном ключом контакта %1, который вы отозвали %2. Проверьте её, прежде чем на неё полагаться.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="180"/>
        <source>A file is still being added; save again when it is done.</source>
        <translation>Файл ещё добавляется; сохраните снова, когда он будет добавлен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="198"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="249"/>
        <source>Nothing was restored; open the history again to choose.</source>
        <translation>Ничего не восстановлено; чтобы выбрать, снова откройте историю.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="277"/>
        <source>Tirkeu — unsaved draft</source>
        <translation>Tirkeu — несохранённый черновик</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="278"/>
        <source>You have an unsaved draft “%1”. Open it?</source>
        <translation>Есть несохранённый черновик «%1». Открыть его?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="279"/>
        <source>untitled</source>
        <translation>без названия</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="319"/>
        <source>Tirkeu — unsaved changes</source>
        <translation>Tirkeu — несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="320"/>
        <source>Save the changes to the incident you are editing?</source>
        <translation>Сохранить изменения в редактируемом инциденте?</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/page.py" line="179"/>
        <source>%n incident(s) here not yet confirmed by a coordinator.</source>
        <translation>
            <numerusform>Здесь %n инцидент ещё не подтверждён координатором.</numerusform>
            <numerusform>Здесь %n инцидента ещё не подтверждены координатором.</numerusform>
            <numerusform>Здесь %n инцидентов ещё не подтверждены координатором.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="294"/>
        <source>Send &amp;to (Space ticks a contact):</source>
        <translation>&amp;Кому (Пробел отмечает контакт):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="291"/>
        <source>&amp;Send</source>
        <translation>&amp;Отправка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="292"/>
        <source>&amp;Receive</source>
        <translation>&amp;Получение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="295"/>
        <source>Only what &amp;changed since the last bundle to them</source>
        <translation>Только из&amp;менённое с прошлого пакета этому получателю</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="296"/>
        <source>E&amp;verything</source>
        <translation>&amp;Всё</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="297"/>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Экспортировать пакет…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="298"/>
        <source>&amp;Purge delivered…</source>
        <translation>О&amp;чистить доставленные…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="299"/>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Импортировать пакеты…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="300"/>
        <source>&amp;What the imports did:</source>
        <translation>&amp;Результаты импорта:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="301"/>
        <source>Write a rec&amp;eipt for the sender…</source>
        <translation>&amp;Написать подтверждение отправителю…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="302"/>
        <source>Ca&amp;ncel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="303"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="304"/>
        <source>Progress</source>
        <translation>Ход работы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="314"/>
        <source>C&amp;onflicts (%1)</source>
        <translation>Кон&amp;фликты (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="315"/>
        <source>C&amp;onflicts</source>
        <translation>Кон&amp;фликты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="319"/>
        <source>%1 (key revoked: nothing is sent to it)</source>
        <translation>%1 (ключ отозван: ничего не отправляется)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="320"/>
        <source>%1 (coordinator)</source>
        <translation>%1 (координатор)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="336"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="282"/>
        <source>This incident was changed here (by %1) after the two versions were shown; nothing was merged. Compare them again.</source>
        <translation>Этот инцидент изменён здесь (%1) после того, как были показаны две версии; ничего не объединено. Сравните их снова.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="285"/>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="310"/>
        <source>Tirkeu bundles (%1)</source>
        <translation>Пакеты Tirkeu (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="311"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ExportTableDialog</name>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="110"/>
        <source>Export a table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="115"/>
        <source>CSV (spreadsheet, re-imports without a map)</source>
        <translation>CSV (таблица, импортируется обратно без сопоставления)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="116"/>
        <source>XLSX (Excel workbook)</source>
        <translation>XLSX (книга Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="117"/>
        <source>Uwazi (zip for HURIDOCS&apos;s Uwazi)</source>
        <translation>Uwazi (zip для Uwazi от HURIDOCS)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="119"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="121"/>
        <source>Include &amp;attachments (photos without their hidden data)</source>
        <translation>Добавить &amp;вложения (фото без скрытых данных)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="132"/>
        <source>The incidents the list shows are exported, with its search and filters.</source>
        <translation>Экспортируются инциденты, которые показывает список, с учётом поиска и фильтров.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="137"/>
        <source>This file will not be encrypted: anyone who gets it can read every name in it.</source>
        <translation>Этот файл не будет зашифрован: любой, к кому он попадёт, прочтёт все имена в нём.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="142"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="143"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспортировать…</translation>
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
        <translation>&amp;Синхронизировать с папкой…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/folder_bar.py" line="97"/>
        <source>Stop s&amp;yncing</source>
        <translation>Остановить синхрони&amp;зацию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/folder_bar.py" line="99"/>
        <source>A folder that Syncthing, Nextcloud or a USB stick carries between laptops: bundles and receipts for this vault are imported from it, and what is due is written to it.</source>
        <translation>Папка, которую Syncthing, Nextcloud или флешка переносят между ноутбуками: из неё импортируются пакеты и подтверждения для этого хранилища, в неё записывается то, что пора отправить.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/folder_bar.py" line="105"/>
        <source>Syncing with %1</source>
        <translation>Синхронизация с папкой %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/folder_bar.py" line="106"/>
        <source>No folder is synced.</source>
        <translation>Папка для синхронизации не выбрана.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="27"/>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="28"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="29"/>
        <source>end date</source>
        <translation>дата окончания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="30"/>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="31"/>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="32"/>
        <source>violations</source>
        <translation>нарушения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="33"/>
        <source>people affected</source>
        <translation>пострадавшие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="34"/>
        <source>perpetrators</source>
        <translation>нарушители</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="35"/>
        <source>legal cases</source>
        <translation>дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="36"/>
        <source>remedies</source>
        <translation>средства защиты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="37"/>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="38"/>
        <source>sources</source>
        <translation>источники</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="39"/>
        <source>tags</source>
        <translation>метки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="40"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="54"/>
        <source>Tirkeu — history</source>
        <translation>Tirkeu — история</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="66"/>
        <source>Revision %1 · %2 · %3</source>
        <translation>Версия %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="70"/>
        <source>created</source>
        <translation>создан</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="72"/>
        <source>changed: </source>
        <translation>изменено: </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="76"/>
        <source>Restore this revision</source>
        <translation>Восстановить эту версию</translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="82"/>
        <source>&amp;Drop my changes</source>
        <translation>&amp;Отбросить мои изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="131"/>
        <source>What happened, as told by those affected</source>
        <translation>Что произошло, со слов пострадавших</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="132"/>
        <source>Violations</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="133"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="142"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="135"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="137"/>
        <source>Until (optional)</source>
        <translation>Дата окончания (необязательно)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="138"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="109"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="110"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="111"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="112"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="113"/>
        <source>Killed</source>
        <translation>Погиб</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="141"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="146"/>
        <source>Defendant</source>
        <translation>Обвиняемый</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="147"/>
        <source>Code</source>
        <translation>Кодекс</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="148"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="149"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="150"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="171"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="151"/>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="155"/>
        <source>Penalty</source>
        <translation>Наказание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="156"/>
        <source>Amount or term</source>
        <translation>Размер или срок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="158"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="165"/>
        <source>Penalties of the selected case</source>
        <translation>Наказания по выбранному делу</translation>
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
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="172"/>
        <source>Implemented</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="175"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="177"/>
        <source>Reliability</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="180"/>
        <source>comma-separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="187"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="194"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="212"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="208"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="208"/>
        <source>When and where</source>
        <translation>Когда и где</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="115"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="209"/>
        <source>People affected</source>
        <translation>Пострадавшие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="81"/>
        <source>Re-app&amp;ly my changes</source>
        <translation>Применить мои изменения &amp;вновь</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="114"/>
        <source>Add &amp;person</source>
        <translation>Добавить пострадав&amp;шего</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="123"/>
        <source>&amp;More details</source>
        <translation>&amp;Подробнее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="124"/>
        <source>More details</source>
        <translation>Подробнее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="144"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="209"/>
        <source>Who did it</source>
        <translation>Кто это сделал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="143"/>
        <source>Add perpe&amp;trator</source>
        <translation>Добавить &amp;нарушителя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="152"/>
        <source>Add &amp;case</source>
        <translation>Добавить &amp;дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="153"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="210"/>
        <source>Legal cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="157"/>
        <source>Add p&amp;enalty</source>
        <translation>Добавить наказани&amp;е</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="173"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="210"/>
        <source>Remedies</source>
        <translation>Средства защиты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="173"/>
        <source>Add remed&amp;y</source>
        <translation>Добавить средство &amp;защиты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="178"/>
        <source>Add so&amp;urce</source>
        <translation>Добавить исто&amp;чник</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="178"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="211"/>
        <source>Sources and tags</source>
        <translation>Источники и метки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="211"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="225"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="229"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="226"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="274"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="289"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="322"/>
        <source>New incident</source>
        <translation>Новый инцидент</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/table_model.py" line="38"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/table_model.py" line="39"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/table_model.py" line="40"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/table_model.py" line="41"/>
        <source>Violations</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/table_model.py" line="42"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/table_model.py" line="159"/>
        <source>From a revoked key: some of this record came in a bundle signed by %1&apos;s key, which you revoked on %2. Check it before relying on it.</source>
        <translation>От отозванного ключа: часть этой записи пришла в пакете, подписанном ключом контакта %1, который вы отозвали %2. Проверьте её, прежде чем на неё полагаться.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="121"/>
        <source>Search titles, descriptions, names, places (Ctrl+F)</source>
        <translation>Поиск по названиям, описаниям, именам, местам (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="122"/>
        <source>Search incidents</source>
        <translation>Поиск инцидентов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="123"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="124"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="125"/>
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="126"/>
        <source>To date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="128"/>
        <source>A date like 2018-05-12, 2018-05 or 2018</source>
        <translation>Дата в виде 2018-05-12, 2018-05 или 2018</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="131"/>
        <location filename="../../desktop_app/ui/incidents/page.py" line="133"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="131"/>
        <location filename="../../desktop_app/ui/incidents/page.py" line="134"/>
        <source>Violation</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="132"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="135"/>
        <source>Victim category</source>
        <translation>Категория пострадавших</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="138"/>
        <source>Filter by %1</source>
        <translation>Фильтр: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="140"/>
        <source>&amp;New incident</source>
        <translation>&amp;Новый инцидент</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/incidents/page.py" line="191"/>
        <source>%1 of %n incident(s)</source>
        <translation>
            <numerusform>%1 из %n инцидента</numerusform>
            <numerusform>%1 из %n инцидентов</numerusform>
            <numerusform>%1 из %n инцидентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="226"/>
        <source>%1: all</source>
        <translation>%1: все</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="132"/>
        <location filename="../../desktop_app/ui/incidents/page.py" line="136"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="141"/>
        <source>New incident (Ctrl+N)</source>
        <translation>Новый инцидент (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="142"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="146"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="86"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="150"/>
        <source>New incident</source>
        <translation>Новый инцидент</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="151"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="152"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="153"/>
        <source>Lock and hide</source>
        <translation>Заблокировать и скрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="156"/>
        <source>Import a &amp;spreadsheet…</source>
        <translation>Импортировать &amp;таблицу…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="157"/>
        <source>Import from &amp;Martus…</source>
        <translation>Импортировать из &amp;Martus…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="158"/>
        <source>&amp;Export a table…</source>
        <translation>&amp;Экспортировать таблицу…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/main_window.py" line="161"/>
        <source>Section %n</source>
        <translation>
            <numerusform>Раздел %n</numerusform>
            <numerusform>Раздел %n</numerusform>
            <numerusform>Раздел %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="154"/>
        <source>Back up now…</source>
        <translation>Сделать резервную копию…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="155"/>
        <source>Wipe this vault…</source>
        <translation>Уничтожить хранилище…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="162"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="163"/>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="164"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/controller.py" line="126"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/controller.py" line="128"/>
        <source>Summaries</source>
        <translation>Сводки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/controller.py" line="130"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/controller.py" line="132"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/controller.py" line="134"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/controller.py" line="384"/>
        <source>Locks in %1:%2 if idle</source>
        <translation>Блокировка через %1:%2 без действий</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="48"/>
        <source>Import a spreadsheet</source>
        <translation>Импорт таблицы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="53"/>
        <source>Choose the field each column fills; a column left as “Keep in the description” is kept there under its header. Nothing is stored until you press Import.</source>
        <translation>Выберите поле для каждого столбца; столбец с вариантом «Сохранить в описании» попадёт в описание под своим заголовком. Ничего не сохраняется, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="62"/>
        <source>Several people or words in one cell are separated by (a line break always separates):</source>
        <translation>Несколько людей или слов в одной ячейке разделены знаком (перенос строки разделяет всегда):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="78"/>
        <source>Words in coded columns and the code each one means. Choose one for every word marked “Choose…”: rows with an unchosen word are refused.</source>
        <translation>Слова в кодируемых столбцах и код каждого из них. Выберите код для каждого слова с пометкой «Выберите…»: строки с невыбранным словом не будут приняты.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="83"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="83"/>
        <source>In the sheet</source>
        <translation>В таблице</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="84"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="93"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="94"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="112"/>
        <source>For every row that leaves it empty (or if no column fills it)</source>
        <translation>Для каждой строки, где поле пусто (или если его не заполняет ни один столбец)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="117"/>
        <source>as in the sheet: 2018, 05.2018, 12.05.2018</source>
        <translation>как в таблице: 2018, 05.2018, 12.05.2018</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="123"/>
        <source>None</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="129"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="130"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="131"/>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="132"/>
        <source>&amp;Violation:</source>
        <translation>&amp;Нарушение:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="144"/>
        <source>%n row(s) below the headers.</source>
        <translation>
            <numerusform>%n строка под заголовками.</numerusform>
            <numerusform>%n строки под заголовками.</numerusform>
            <numerusform>%n строк под заголовками.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="146"/>
        <source>Read the first sheet of the workbook.</source>
        <translation>Прочитан первый лист книги.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="147"/>
        <source>Tab</source>
        <translation>табуляции</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="148"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="150"/>
        <source>This file is not UTF-8: it was read as Cyrillic Windows-1251 text (what Excel on a Russian or Kazakh Windows saves as CSV), columns separated by %1. Check the letters below.</source>
        <translation>Этот файл не в UTF-8: он прочитан как кириллический текст Windows-1251 (так Excel в русской или казахской Windows сохраняет CSV), столбцы разделены знаком %1. Проверьте буквы ниже.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="154"/>
        <source>Read as UTF-8 text, columns separated by %1.</source>
        <translation>Прочитан как текст UTF-8, столбцы разделены знаком %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="160"/>
        <source>Keep in the description</source>
        <translation>Сохранить в описании</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="160"/>
        <source>Incident id</source>
        <translation>Идентификатор инцидента</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="161"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="161"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="162"/>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="162"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="163"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="163"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="164"/>
        <source>Violations</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="164"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="165"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="165"/>
        <source>Person: name</source>
        <translation>Пострадавший: имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="166"/>
        <source>Person: category</source>
        <translation>Пострадавший: категория</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="167"/>
        <source>Person: gender</source>
        <translation>Пострадавший: пол</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="168"/>
        <source>Person: organization</source>
        <translation>Пострадавший: организация</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="169"/>
        <source>Legal case: article</source>
        <translation>Дело: статья</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="170"/>
        <source>Legal case: code</source>
        <translation>Дело: кодекс</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="171"/>
        <source>Legal case: outcome</source>
        <translation>Дело: итог</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="172"/>
        <source>Legal case: court</source>
        <translation>Дело: суд</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="173"/>
        <source>Person: killed (yes or no)</source>
        <translation>Пострадавший: погиб (да или нет)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="174"/>
        <source>Person: id</source>
        <translation>Пострадавший: идентификатор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="175"/>
        <source>Perpetrator: kind</source>
        <translation>Нарушитель: вид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="176"/>
        <source>Perpetrator: description</source>
        <translation>Нарушитель: описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="177"/>
        <source>Legal case: defendant</source>
        <translation>Дело: подсудимый</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="178"/>
        <source>Legal case: penalties</source>
        <translation>Дело: наказания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="179"/>
        <source>Legal case: date of the decision</source>
        <translation>Дело: дата решения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="180"/>
        <source>Remedy: mechanism</source>
        <translation>Средство защиты: механизм</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="181"/>
        <source>Remedy: reference</source>
        <translation>Средство защиты: номер</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="182"/>
        <source>Remedy: outcome</source>
        <translation>Средство защиты: результат</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="183"/>
        <source>Remedy: implemented (yes or no)</source>
        <translation>Средство защиты: исполнено (да или нет)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="184"/>
        <source>Source: kind</source>
        <translation>Источник: вид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="185"/>
        <source>Source: reference</source>
        <translation>Источник: ссылка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="186"/>
        <source>Source: reliability</source>
        <translation>Источник: достоверность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="198"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="202"/>
        <source>Field for column %1</source>
        <translation>Поле для столбца %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="235"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="265"/>
        <source>No column fills %1: give a value above, or every row is refused.</source>
        <translation>Ни один столбец не заполняет поле «%1»: укажите значение выше, иначе все строки будут отклонены.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/mapping_dialog.py" line="276"/>
        <source>Date for every row: %1</source>
        <translation>Дата для каждой строки: %1</translation>
    </message>
</context>
<context>
    <name>MartusDefaultsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="41"/>
        <source>Import from Martus</source>
        <translation>Импорт из Martus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="45"/>
        <source>Martus bulletins have no region and no violation. Choose the ones to give every bulletin that does not name them, and a date for any bulletin without one; you can correct each incident later. Imported incidents are drafts tagged martus.</source>
        <translation>В бюллетенях Martus нет региона и нарушения. Выберите их для всех бюллетеней, где они не указаны, и дату для бюллетеней без даты; каждый инцидент можно исправить позже. Импортированные инциденты — черновики с меткой martus.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="55"/>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="59"/>
        <source>only if a bulletin has no date: 2011, 12.2011</source>
        <translation>только если у бюллетеня нет даты: 2011, 12.2011</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="60"/>
        <source>&amp;Region:</source>
        <translation>&amp;Регион:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="61"/>
        <source>&amp;Violation:</source>
        <translation>&amp;Нарушение:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="62"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="70"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="71"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импортировать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/dialogs.py" line="94"/>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="149"/>
        <source>Merge two records of the same person</source>
        <translation>Объединить две записи об одном человеке</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="150"/>
        <source>Pick the other record of this person in the list, or type its name here:</source>
        <translation>Выберите в списке другую запись этого человека или введите её имя здесь:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="152"/>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="159"/>
        <source>Name of the other record</source>
        <translation>Имя в другой записи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="153"/>
        <source>Keeps its name</source>
        <translation>Сохраняет имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="154"/>
        <source>Merged into it</source>
        <translation>Вливается в неё</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="155"/>
        <source>&amp;Swap</source>
        <translation>&amp;Поменять местами</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="156"/>
        <source>Keep the other record&apos;s name instead</source>
        <translation>Оставить имя из другой записи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="157"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Объединить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="158"/>
        <source>Ca&amp;ncel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="170"/>
        <source>%n incident(s) will be updated; each keeps its history.</source>
        <translation>
            <numerusform>%n инцидент будет обновлён; у каждого сохранится история.</numerusform>
            <numerusform>%n инцидента будут обновлены; у каждого сохранится история.</numerusform>
            <numerusform>%n инцидентов будут обновлены; у каждого сохранится история.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="175"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="171"/>
        <source>Both records become one person, %1.</source>
        <translation>Обе записи станут одним человеком: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="174"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="193"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="199"/>
        <source>Incidents: %1</source>
        <translation>Инцидентов: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="203"/>
        <source>not chosen yet</source>
        <translation>ещё не выбрано</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="187"/>
        <location filename="../../desktop_app/ui/people/page.py" line="188"/>
        <source>Find a person by name</source>
        <translation>Найти человека по имени</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="189"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="190"/>
        <source>Incidents about this person</source>
        <translation>Инциденты с этим человеком</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="191"/>
        <source>Legal cases about this person</source>
        <translation>Дела этого человека</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="193"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="193"/>
        <source>Incidents</source>
        <translation>Инциденты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="194"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="194"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="195"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="195"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="196"/>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="196"/>
        <source>Incident</source>
        <translation>Инцидент</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="197"/>
        <source>Incidents about this person (Enter opens one)</source>
        <translation>Инциденты с этим человеком (Enter открывает выбранный)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="198"/>
        <source>Legal cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="199"/>
        <source>No legal case recorded.</source>
        <translation>Дел не записано.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="200"/>
        <source>Merge &amp;with…</source>
        <translation>Объединить &amp;с…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="201"/>
        <source>This person has a second record: make them one</source>
        <translation>У этого человека есть вторая запись: объединить их</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="211"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="227"/>
        <source>People listed: %1</source>
        <translation>Людей в списке: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="232"/>
        <source>No person chosen</source>
        <translation>Человек не выбран</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="234"/>
        <source>not recorded</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="235"/>
        <source>Gender: %1</source>
        <translation>Пол: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="267"/>
        <source>Art. %1</source>
        <translation>Ст. %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/controller.py" line="95"/>
        <source>That person is no longer in the archive; the list has been refreshed.</source>
        <translation>Этого человека больше нет в хранилище; список обновлён.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/controller.py" line="112"/>
        <source>The two records could not be merged; nothing was changed.</source>
        <translation>Не удалось объединить записи; ничего не изменено.</translation>
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
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/i18n.py" line="49"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/i18n.py" line="50"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/i18n.py" line="51"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/i18n.py" line="52"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/i18n.py" line="53"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
</context>
<context>
    <name>QuickRecord</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="95"/>
        <source>What happened, in a few words</source>
        <translation>Что произошло, в двух словах</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="43"/>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="104"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="96"/>
        <source>Type part of the name, then Enter</source>
        <translation>Введите часть названия и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="99"/>
        <source>A name, if known (more people below)</source>
        <translation>Имя, если известно (остальные — ниже)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="104"/>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="106"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="104"/>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="106"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="104"/>
        <source>Violation</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="106"/>
        <source>Main violation</source>
        <translation>Основное нарушение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="105"/>
        <source>Person affected (optional)</source>
        <translation>Пострадавший (необязательно)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="107"/>
        <source>Person affected</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="124"/>
        <source>Names are hidden; show them in Settings to type one</source>
        <translation>Имена скрыты; чтобы ввести имя, включите их показ в настройках</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_reminder.py" line="50"/>
        <source>Back up &amp;now</source>
        <translation>Сделать резервную &amp;копию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/backup_reminder.py" line="51"/>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
</context>
<context>
    <name>RepeatingTable</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="214"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="217"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="218"/>
        <source>Remove the selected row (Delete)</source>
        <translation>Удалить выбранную строку (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="223"/>
        <source>Remove the selected row of %1</source>
        <translation>Удалить выбранную строку: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="50"/>
        <source>Tirkeu — restore a backup</source>
        <translation>Tirkeu — восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="54"/>
        <source>The backup is restored into %1, which is empty, and opened there.</source>
        <translation>Резервная копия будет восстановлена в пустую папку %1 и открыта там.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="56"/>
        <source>The vault you have open stays as it is: the backup is restored into another, empty folder, so nothing is overwritten. That also proves the backup opens.</source>
        <translation>Открытое сейчас хранилище останется как есть: резервная копия восстанавливается в другую, пустую папку, поэтому ничего не перезаписывается. Так вы заодно проверите, что копия открывается.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="62"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="63"/>
        <source>Backup &amp;file</source>
        <translation>&amp;Файл резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="67"/>
        <source>Choose a fo&amp;lder…</source>
        <translation>Выбрать &amp;папку…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="69"/>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="97"/>
        <source>Empty folder</source>
        <translation>Пустая папка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="72"/>
        <source>Open it with its pa&amp;ssphrase</source>
        <translation>Открыть парольной фра&amp;зой</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="74"/>
        <source>Open it with the recovery c&amp;ode</source>
        <translation>Открыть &amp;кодом восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="88"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="90"/>
        <source>R&amp;epeat</source>
        <translation>Ещё &amp;раз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="96"/>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="98"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="99"/>
        <source>Repeat the new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="101"/>
        <source>&amp;Restore</source>
        <translation>Вос&amp;становить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="113"/>
        <source>Recovery co&amp;de</source>
        <translation>Ко&amp;д восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="113"/>
        <source>Pass&amp;phrase</source>
        <translation>Паро&amp;льная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="114"/>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="114"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="120"/>
        <source>Choose the backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="122"/>
        <source>Tirkeu backups (%1)</source>
        <translation>Резервные копии Tirkeu (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="123"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="130"/>
        <source>Choose an empty folder</source>
        <translation>Выберите пустую папку</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="140"/>
        <source>Choose the backup file first.</source>
        <translation>Сначала выберите файл резервной копии.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="142"/>
        <source>Choose an empty folder to restore into.</source>
        <translation>Выберите пустую папку, в которую восстановить копию.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="145"/>
        <source>Enter the recovery code.</source>
        <translation>Введите код восстановления.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="146"/>
        <source>Enter the backup&apos;s passphrase.</source>
        <translation>Введите парольную фразу резервной копии.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="150"/>
        <source>Use at least 8 characters for the new passphrase.</source>
        <translation>Новая парольная фраза должна содержать не меньше 8 символов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="153"/>
        <source>The two new passphrases differ.</source>
        <translation>Новые парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="179"/>
        <source>Restoring the backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="190"/>
        <source>Restored %1 and %2 from the backup of %3 into %4. To open it, start Tirkeu with: tirkeu --data-dir &quot;%4&quot;</source>
        <translation>Восстановлено: %1 и %2 из резервной копии от %3 в папку %4. Чтобы открыть её, запустите Tirkeu так: tirkeu --data-dir &quot;%4&quot;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="192"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="193"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n вложение</numerusform>
            <numerusform>%n вложения</numerusform>
            <numerusform>%n вложений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/restore_dialog.py" line="196"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="81"/>
        <source>Save the backup as</source>
        <translation>Сохранить резервную копию как</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="83"/>
        <source>Tirkeu backups (%1)</source>
        <translation>Резервные копии Tirkeu (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="84"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="98"/>
        <source>Backed up %1 and %2 (%3) to %4. It opens with this vault&apos;s passphrase or recovery code; keep it away from this laptop.</source>
        <translation>В резервную копию записаны %1 и %2 (%3): %4. Она открывается парольной фразой или кодом восстановления этого хранилища; храните её отдельно от этого ноутбука.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="100"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n инцидент</numerusform>
            <numerusform>%n инцидента</numerusform>
            <numerusform>%n инцидентов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="101"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n вложение</numerusform>
            <numerusform>%n вложения</numerusform>
            <numerusform>%n вложений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="105"/>
        <source>Writing the backup…</source>
        <translation>Запись резервной копии…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="127"/>
        <source>The vault was locked; nothing was set.</source>
        <translation>Хранилище было заблокировано; ничего не задано.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="140"/>
        <source>Remove the duress passphrase? Typed at unlock, it will then be a wrong passphrase like any other.</source>
        <translation>Удалить фразу под принуждением? После этого при разблокировке она будет просто неверной парольной фразой, как любая другая.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="148"/>
        <source>The duress passphrase was removed.</source>
        <translation>Фраза под принуждением удалена.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="159"/>
        <source>Wipe after %n wrong passphrase(s) in a row: on.</source>
        <translation>
            <numerusform>Уничтожение после %n неверной парольной фразы подряд: включено.</numerusform>
            <numerusform>Уничтожение после %n неверных парольных фраз подряд: включено.</numerusform>
            <numerusform>Уничтожение после %n неверных парольных фраз подряд: включено.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_controller.py" line="160"/>
        <source>Wipe after wrong passphrases: off.</source>
        <translation>Уничтожение после неверных парольных фраз: выключено.</translation>
    </message>
</context>
<context>
    <name>SafetySection</name>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="128"/>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="130"/>
        <source>One encrypted file holding everything in this vault: incidents, people, files, contacts and this laptop&apos;s keys. It opens only with this vault&apos;s passphrase or recovery code. Keep it away from this laptop, on a USB stick kept elsewhere.</source>
        <translation>Один зашифрованный файл со всем содержимым хранилища: инцидентами, людьми, файлами, контактами и ключами этого ноутбука. Он открывается только парольной фразой или кодом восстановления этого хранилища. Храните его отдельно от ноутбука, на флешке в другом месте.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="133"/>
        <source>Back &amp;up now…</source>
        <translation>Сделать резервную &amp;копию…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="134"/>
        <source>&amp;Restore a backup…</source>
        <translation>Восс&amp;тановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="136"/>
        <source>A backup is restored into an empty folder, never over this vault: you choose the backup and an empty folder, and Tirkeu says how to open it there.</source>
        <translation>Резервная копия восстанавливается в пустую папку и никогда — поверх этого хранилища: вы выбираете копию и пустую папку, а Tirkeu подскажет, как открыть её там.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="138"/>
        <source>Re&amp;mind me when the last backup is older than</source>
        <translation>&amp;Напоминать, если последняя резервная копия старше</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="139"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="140"/>
        <source>If the laptop is taken</source>
        <translation>Если ноутбук отберут</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="142"/>
        <source>A duress passphrase, typed at unlock instead of yours, destroys this archive at once and opens an empty vault that looks new. Whether one is set is written nowhere, not even here; setting one replaces any earlier one.</source>
        <translation>Фраза под принуждением, введённая при разблокировке вместо вашей, сразу уничтожает всё, что записано в хранилище, и открывает пустое хранилище, которое выглядит новым. Задана ли она, нигде не записано, даже здесь; новая фраза заменяет прежнюю.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="145"/>
        <source>Set or change the &amp;duress passphrase…</source>
        <translation>Задать или сменить &amp;фразу под принуждением…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="146"/>
        <source>Remo&amp;ve it</source>
        <translation>&amp;Удалить её</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="147"/>
        <source>&amp;Wipe this vault after</source>
        <translation>Уни&amp;чтожать хранилище после</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="148"/>
        <source> wrong passphrases in a row</source>
        <translation> неверных парольных фраз подряд</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="149"/>
        <source>Wrong passphrases before the wipe</source>
        <translation>Неверных парольных фраз до уничтожения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="150"/>
        <source>Days before a backup reminder</source>
        <translation>Дней до напоминания о резервной копии</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="151"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="154"/>
        <source>Off by default. A right passphrase starts the count again. Anyone who takes the laptop can also wipe it this way, on purpose.</source>
        <translation>По умолчанию выключено. Верная парольная фраза начинает счёт заново. Любой, кто завладеет ноутбуком, тоже может намеренно уничтожить хранилище этим способом.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="157"/>
        <source>Wiping destroys the keys first, so the archive is unreadable at once; backups kept elsewhere are not touched.</source>
        <translation>Уничтожение начинается с ключей, поэтому записанное сразу становится нечитаемым; резервные копии в другом месте не затрагиваются.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/safety_section.py" line="159"/>
        <source>Wi&amp;pe this vault now…</source>
        <translation>Уничтожить &amp;хранилище сейчас…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="92"/>
        <source>Your &amp;name</source>
        <translation>Ваше &amp;имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="93"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="94"/>
        <source>&amp;Save name</source>
        <translation>&amp;Сохранить имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="95"/>
        <source>Shown on your contact card. People who already have your card see the new name once you give it to them again.</source>
        <translation>Показывается в вашей карточке контакта. У тех, у кого уже есть ваша карточка, новое имя появится, когда вы передадите её снова.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="98"/>
        <source>This laptop &amp;belongs to</source>
        <translation>&amp;Владелец ноутбука</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="99"/>
        <source>a monitor: I record incidents</source>
        <translation>наблюдатель: я записываю инциденты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="100"/>
        <source>a coordinator: I receive, merge and count</source>
        <translation>координатор: я получаю, объединяю и подсчитываю</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="101"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="102"/>
        <source>Lock when &amp;idle for</source>
        <translation>Блокировать при &amp;бездействии через</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="103"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="104"/>
        <source>Show people&apos;s names as ini&amp;tials (working in public)</source>
        <translation>Показывать имена ини&amp;циалами (при работе на людях)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="114"/>
        <source>Vault folder: %1</source>
        <translation>Папка хранилища: %1</translation>
    </message>
</context>
<context>
    <name>StrengthHint</name>
    <message>
        <location filename="../../desktop_app/ui/kit/strength_hint.py" line="24"/>
        <source>Too short: use at least 8 characters — better, four or more unrelated words.</source>
        <translation>Слишком коротко: нужно не меньше 8 символов, а лучше четыре или больше не связанных между собой слов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/strength_hint.py" line="26"/>
        <source>Weak: someone with your laptop could guess it. Add unrelated words.</source>
        <translation>Слабая: тот, у кого окажется ваш ноутбук, может её угадать. Добавьте не связанные между собой слова.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/strength_hint.py" line="28"/>
        <source>Fair. One or two more unrelated words make it strong.</source>
        <translation>Средняя. Ещё одно-два не связанных слова сделают её надёжной.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/strength_hint.py" line="30"/>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
</context>
<context>
    <name>SummaryChoices</name>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="119"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="119"/>
        <source>Counted from</source>
        <translation>Считать с</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="120"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="120"/>
        <source>Counted until</source>
        <translation>Считать по</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="123"/>
        <source>A date like 2018-05-12, 2018-05 or 2018</source>
        <translation>Дата в виде 2018-05-12, 2018-05 или 2018</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="124"/>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="132"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="124"/>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="133"/>
        <source>Violation</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="124"/>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="133"/>
        <source>Victim category</source>
        <translation>Кто пострадал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="125"/>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="139"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="125"/>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="140"/>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="129"/>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="130"/>
        <source>Tags are for your own view: they never appear in exports</source>
        <translation>Метки только для вас: они никогда не попадают в экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="132"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="132"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="134"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="134"/>
        <source>Killed</source>
        <translation>Погибшие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="135"/>
        <source>Kind of case</source>
        <translation>Вид дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="135"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="136"/>
        <source>Outcome of the case</source>
        <translation>Итог дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="136"/>
        <source>Penalty</source>
        <translation>Наказание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="137"/>
        <source>Remedy sought</source>
        <translation>Запрошенное средство защиты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="138"/>
        <source>Outcome of the remedy</source>
        <translation>Итог средства защиты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="139"/>
        <source>Remedy implemented</source>
        <translation>Средство защиты исполнено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="144"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Строки:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="145"/>
        <source>Co&amp;lumns:</source>
        <translation>Стол&amp;бцы:</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="164"/>
        <source>Show the counts as the exports will show them</source>
        <translation>Показать числа так, как их покажет экспорт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="166"/>
        <source>Cross-table as CSV…</source>
        <translation>Перекрёстная таблица в CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="167"/>
        <source>Summary as CSV…</source>
        <translation>Сводка в CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="163"/>
        <source>As &amp;published (small counts hidden)</source>
        <translation>Как при &amp;публикации (малые числа скрыты)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="165"/>
        <source>Export &amp;CSV</source>
        <translation>Экспортировать &amp;CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="168"/>
        <source>Export &amp;HTML…</source>
        <translation>Экспортировать &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="169"/>
        <source>Export P&amp;DF…</source>
        <translation>Экспортировать P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="170"/>
        <source>Ca&amp;ncel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="171"/>
        <source>Cross-table</source>
        <translation>Перекрёстная таблица</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="172"/>
        <source>The summary&apos;s figures</source>
        <translation>Показатели сводки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="173"/>
        <source>Counting</source>
        <translation>Подсчёт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="174"/>
        <location filename="../../desktop_app/ui/summaries/page.py" line="261"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="196"/>
        <source>The figures could not be counted; nothing was changed.</source>
        <translation>Не удалось подсчитать показатели; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="217"/>
        <source>Cancelled: the figures shown are from before.</source>
        <translation>Отменено: показаны прежние показатели.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="257"/>
        <location filename="../../desktop_app/ui/summaries/page.py" line="270"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="272"/>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="272"/>
        <source>Count</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="275"/>
        <source>Incidents over time</source>
        <translation>Инциденты по времени</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="277"/>
        <source>Totals by %1</source>
        <translation>Итоги: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="281"/>
        <source>Incidents: %1 · Victims: %2 (distinct people: %3; killed: %4) · Legal cases: %5 · Remedies: %6 (implemented: %7)</source>
        <translation>Инцидентов: %1 · Пострадавших: %2 (разных людей: %3; погибших: %4) · Дел: %5 · Средств защиты: %6 (исполнено: %7)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="291"/>
        <source>Export the summary</source>
        <translation>Экспорт сводки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="302"/>
        <source>Tags are free text and may identify people: a cross-table by tag cannot be exported.</source>
        <translation>Метки — свободный текст и могут указать на людей: перекрёстную таблицу по меткам экспортировать нельзя.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="310"/>
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="312"/>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
</context>
<context>
    <name>TablesController</name>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="91"/>
        <source>Import a spreadsheet</source>
        <translation>Импорт таблицы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="92"/>
        <source>Spreadsheets (%1)</source>
        <translation>Таблицы (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="114"/>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="133"/>
        <source>Checking and storing the rows…</source>
        <translation>Проверка и сохранение строк…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="140"/>
        <source>Import from Martus</source>
        <translation>Импорт из Martus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="141"/>
        <source>Martus bulletins (%1)</source>
        <translation>Бюллетени Martus (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="163"/>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="198"/>
        <source>Export a table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="199"/>
        <source>Tables (%1)</source>
        <translation>Таблицы (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="216"/>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="249"/>
        <source>Open the &amp;People page</source>
        <translation>Открыть раздел «&amp;Люди»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="251"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/tables/controller.py" line="272"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop_app/ui/kit/tasks.py" line="141"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>VaultDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="62"/>
        <source>Tirkeu — create a vault</source>
        <translation>Tirkeu — создание хранилища</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="63"/>
        <source>Tirkeu — unlock</source>
        <translation>Tirkeu — разблокировка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="66"/>
        <source>Your records will be kept encrypted in:
%1</source>
        <translation>Ваши записи будут храниться в зашифрованном виде в папке:
%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="67"/>
        <source>Enter your passphrase to unlock.</source>
        <translation>Введите парольную фразу, чтобы разблокировать.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="79"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="85"/>
        <source>e.g. Aigerim Bekova</source>
        <translation>например, Айгерим Бекова</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="86"/>
        <source>&amp;Monitor: I record incidents and send them to a coordinator</source>
        <translation>&amp;Наблюдатель: я записываю инциденты и отправляю их координатору</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="89"/>
        <source>Coor&amp;dinator: I receive monitors&apos; bundles, merge and count them</source>
        <translation>&amp;Координатор: я получаю пакеты наблюдателей, объединяю и подсчитываю их</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="99"/>
        <source>Make a reco&amp;very code (recommended)</source>
        <translation>Создать код &amp;восстановления (рекомендуется)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="102"/>
        <source>Your &amp;name</source>
        <translation>Ваше &amp;имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="105"/>
        <source>Shown on your contact card: the people you exchange bundles with see it.</source>
        <translation>Показывается в вашей карточке контакта: его видят те, с кем вы обмениваетесь пакетами.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="109"/>
        <source>This laptop belongs to</source>
        <translation>Владелец ноутбука</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="113"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="118"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Ещё раз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="123"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="124"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="125"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="132"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="136"/>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="136"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="141"/>
        <source>Restore from a &amp;backup…</source>
        <translation>Восстановить из &amp;резервной копии…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="176"/>
        <source>Write your name: it goes on your contact card, so the people you exchange bundles with know who sent them.</source>
        <translation>Введите имя: оно будет в вашей карточке контакта, чтобы те, с кем вы обмениваетесь пакетами, знали, кто их отправил.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="180"/>
        <source>Use at least 8 characters; several unrelated words are easy to remember and hard to guess.</source>
        <translation>Используйте не меньше 8 символов; несколько не связанных между собой слов легко запомнить и трудно угадать.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="183"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="188"/>
        <source>Enter your passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="213"/>
        <source>Tirkeu — recovery code</source>
        <translation>Tirkeu — код восстановления</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="214"/>
        <source>Write this recovery code on paper and keep it away from this computer. It can set a new passphrase if you forget yours. It is shown only now.</source>
        <translation>Запишите этот код восстановления на бумаге и храните его отдельно от компьютера. С ним можно задать новую парольную фразу, если вы забудете свою. Код показывается только сейчас.</translation>
    </message>
</context>
<context>
    <name>WipeCountdown</name>
    <message>
        <location filename="../../desktop_app/ui/shell/wipe.py" line="47"/>
        <source>Press Cancel or Escape to stop; nothing is touched until the count reaches zero.</source>
        <translation>Чтобы остановить, нажмите «Отмена» или Esc; пока отсчёт не дойдёт до нуля, ничего не затрагивается.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/wipe.py" line="50"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/wipe.py" line="79"/>
        <source>Wiping in %n second(s)…</source>
        <translation>
            <numerusform>Уничтожение через %n секунду…</numerusform>
            <numerusform>Уничтожение через %n секунды…</numerusform>
            <numerusform>Уничтожение через %n секунд…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WipeFlow</name>
    <message>
        <location filename="../../desktop_app/ui/shell/wipe.py" line="95"/>
        <source>Wipe this vault?</source>
        <translation>Уничтожить это хранилище?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/wipe.py" line="98"/>
        <source>This destroys, on this computer and for ever, every incident, person, attachment, contact, draft and this laptop&apos;s own keys, kept in %1. Nobody can read them afterwards, not even with the passphrase or the recovery code. Backups kept elsewhere are not touched. The window then starts again as on a new laptop.</source>
        <translation>Это навсегда уничтожит на этом компьютере все инциденты, людей, вложения, контакты, черновики и собственные ключи этого ноутбука, которые хранятся в папке %1. После этого никто не сможет их прочитать, даже с парольной фразой или кодом восстановления. Резервные копии, хранящиеся в другом месте, не затрагиваются. Затем окно запустится заново, как на новом ноутбуке.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/wipe.py" line="105"/>
        <source>&amp;Wipe…</source>
        <translation>&amp;Уничтожить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/wipe.py" line="107"/>
        <source>Keep the vault</source>
        <translation>Оставить хранилище</translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message>
        <location filename="../../desktop_app/ui/kit/work_dialog.py" line="35"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/work_dialog.py" line="42"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
</context>
<context>
    <name>image_strip</name>
    <message>
        <location filename="../../desktop_app/ui/attachments/image_strip.py" line="26"/>
        <source>Tirkeu cannot remove hidden data from this kind of file; save the original only if you are sure.</source>
        <translation>Tirkeu не умеет удалять скрытые данные из файлов такого вида; сохраняйте оригинал, только если уверены.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/image_strip.py" line="29"/>
        <source>Tirkeu cannot remove hidden data from animated or multi-page images; save the original only if you are sure.</source>
        <translation>Tirkeu не умеет удалять скрытые данные из анимированных и многостраничных изображений; сохраняйте оригинал, только если уверены.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/image_strip.py" line="32"/>
        <source>This picture could not be read, so Tirkeu cannot remove its hidden data; save the original only if you are sure.</source>
        <translation>Это изображение не удалось прочитать, поэтому Tirkeu не может удалить из него скрытые данные; сохраняйте оригинал, только если уверены.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/image_strip.py" line="35"/>
        <source>This picture is too large to rebuild safely (more than 100 million pixels, or a file over 256 MB); nothing was written.</source>
        <translation>Изображение слишком велико, чтобы безопасно пересобрать его (больше 100 миллионов пикселей или файл больше 256 МБ); ничего не записано.</translation>
    </message>
</context>
</TS>

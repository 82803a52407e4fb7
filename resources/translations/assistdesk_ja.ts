<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>CallBar</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="22" />
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="23" />
        <source>Start call</source>
        <translation>通話開始</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="24" />
        <source>Start a call (Ctrl+N)</source>
        <translation>通話を開始（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="25" />
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="26" />
        <source>End call</source>
        <translation>通話終了</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="27" />
        <source>End the call (Ctrl+Shift+E)</source>
        <translation>通話を終了（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="30" />
        <source>Call duration</source>
        <translation>通話時間</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="32" />
        <source>Operator handling this call</source>
        <translation>この通話の担当者</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="42" />
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="43" />
        <source>Customer name</source>
        <translation>お客さま名</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="45" />
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="46" />
        <source>Customer phone</source>
        <translation>お客さまの電話番号</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="48" />
        <source>Reference</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="49" />
        <source>Customer reference</source>
        <translation>お客さまの受付番号</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/callbar.py" line="63" />
        <source>Operator: %1</source>
        <translation>担当: %1</translation>
    </message>
</context>
<context>
    <name>CallViewDialog</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="195" />
        <source>Past call (read-only)</source>
        <translation>過去の通話（閲覧のみ）</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="125" />
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="129" />
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="130" />
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="130" />
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="130" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="71" />
        <source>Ranked by what was said. Return copies the script; F fixed, X not fixed.</source>
        <translation>お客さまの言葉から順位付け。Enterで言い方をコピー、F=解決、X=未解決。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="75" />
        <source>Simple causes to check</source>
        <translation>確認したい簡単な原因</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="87" />
        <source>What to say (face-saving script)</source>
        <translation>言い方（お客さまの面子を守る案内）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="90" />
        <source>Result of this check</source>
        <translation>この確認の結果</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="91" />
        <source>&lt;b&gt;Not fixed — try next:&lt;/b&gt;</source>
        <translation>&lt;b&gt;未解決 — 次に試すこと:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="94" />
        <source>Next steps</source>
        <translation>次の手順</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="96" />
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="97" />
        <source>Copy script</source>
        <translation>言い方をコピー</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="98" />
        <source>Fixed (F)</source>
        <translation>解決（F）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="99" />
        <source>Tried: fixed</source>
        <translation>試した: 解決</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="100" />
        <source>Not fixed (X)</source>
        <translation>未解決（X）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="101" />
        <source>Tried: not fixed</source>
        <translation>試した: 未解決</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="157" />
        <source>A faint match: worth checking only if nothing likelier fits</source>
        <translation>手がかりが弱い候補です。ほかに当てはまるものがないときに確認してください</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="174" />
        <source>Why: %1 — Action: %2</source>
        <translation>理由: %1 — 操作: %2</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="180" />
        <source>✓ Fixed</source>
        <translation>✓ 解決</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/checks.py" line="180" />
        <source>✗ Not fixed</source>
        <translation>✗ 未解決</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../src/assistdesk/ui/crash.py" line="23" />
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/crash.py" line="24" />
        <source>AssistDesk hit an unexpected error. The call so far is saved and the panel keeps running. If this happens again, please send this file to your IT team:
%1</source>
        <translation>AssistDesk で予期しないエラーが起きました。ここまでの通話内容は保存されており、パネルはこのまま使えます。繰り返し起きる場合は、次のファイルをIT担当者にお送りください:
%1</translation>
    </message>
</context>
<context>
    <name>DemandCard</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="24" />
        <source>Demand guard</source>
        <translation>要求ガード</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="31" />
        <source>Demand detected</source>
        <translation>要求を検知</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="34" />
        <source>Guidance for you (not to be read out)</source>
        <translation>対応の指針（読み上げない）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="38" />
        <source>Customer's words, recorded verbatim</source>
        <translation>お客さまの言葉（そのまま記録）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="39" />
        <source>What to say to the demand</source>
        <translation>要求への言い方</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="42" />
        <source>More…</source>
        <translation>詳しく…</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="44" />
        <source>Show all the guidance</source>
        <translation>指針をすべて表示</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="47" />
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="48" />
        <source>Declined</source>
        <translation>お断りした</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="49" />
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="50" />
        <source>Not a demand</source>
        <translation>要求ではない</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="86" />
        <source>Demand: %1</source>
        <translation>要求: %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="94" />
        <source>Recorded verbatim: %1</source>
        <translation>そのまま記録: %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/demand.py" line="99" />
        <source>Return in the Listen box records their words verbatim.</source>
        <translation>聞き取り欄でEnterを押すと、お客さまの言葉をそのまま記録します。</translation>
    </message>
</context>
<context>
    <name>HandoffPanel</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/handoff.py" line="19" />
        <source>What was promised / notes</source>
        <translation>お約束したこと・メモ</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/handoff.py" line="21" />
        <source>What was promised to the customer</source>
        <translation>お客さまにお約束したこと</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/handoff.py" line="23" />
        <source>e.g. a call back tomorrow by noon with the repair date</source>
        <translation>例: 明日正午までに修理日をご連絡</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/handoff.py" line="30" />
        <source>Everything heard and tried, so the customer never repeats.</source>
        <translation>聞いたこと・試したことをすべて。お客さまに二度説明させないために。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/handoff.py" line="32" />
        <source>Build and copy (Ctrl+H)</source>
        <translation>作成してコピー（Ctrl+H）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/handoff.py" line="33" />
        <source>Build and copy the handoff summary</source>
        <translation>引継ぎメモを作成してコピー</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/handoff.py" line="38" />
        <source>Handoff summary</source>
        <translation>引継ぎメモ</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/handoff.py" line="55" />
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/history.py" line="82" />
        <source>Search past calls</source>
        <translation>過去の通話を検索</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/history.py" line="84" />
        <source>Search by name, phone, reference or words… (Ctrl+F)</source>
        <translation>名前・電話番号・受付番号・言葉で検索…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/history.py" line="88" />
        <source>Clear the text</source>
        <translation>入力を消去</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/history.py" line="92" />
        <source>Past calls (Return opens, read-only)</source>
        <translation>過去の通話（Enterで開く・閲覧のみ）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/history.py" line="94" />
        <location filename="../../src/assistdesk/ui/widgets/history.py" line="95" />
        <source>Follow-ups due</source>
        <translation>期限のアフターフォロー</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/history.py" line="97" />
        <source>What keeps recurring… (Ctrl+T)</source>
        <translation>繰り返し起きていること…（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/history.py" line="98" />
        <source>What keeps recurring, for supervisors</source>
        <translation>繰り返し起きていること（スーパーバイザー向け）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/history.py" line="123" />
        <source>%1 call(s) found.</source>
        <translation>%1件見つかりました。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/history.py" line="125" />
        <source>Recent calls.</source>
        <translation>最近の通話。</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="37" />
        <source>Category:</source>
        <translation>カテゴリ:</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="39" />
        <source>Intake category</source>
        <translation>聞き取りのカテゴリ</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="49" />
        <source>Intake progress</source>
        <translation>聞き取りの進み具合</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="72" />
        <source>Detect automatically</source>
        <translation>自動で判定</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="87" />
        <source>not yet known</source>
        <translation>まだ不明</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="88" />
        <source>Detect automatically (%1)</source>
        <translation>自動で判定（%1）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="128" />
        <source>answer…</source>
        <translation>お答え…</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="172" />
        <source>heard</source>
        <translation>聞き取り済み</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="172" />
        <source>still unheard</source>
        <translation>まだ聞けていない</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="183" />
        <source>Heard %1 of %2.</source>
        <translation>%2項目中%1項目を聞き取り済み。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="185" />
        <source>Still unheard: %1</source>
        <translation>未聴取: %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/intake.py" line="188" />
        <source>No intake template in the content packs.</source>
        <translation>コンテンツパックに聞き取りテンプレートがありません。</translation>
    </message>
</context>
<context>
    <name>ListenBox</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/listen.py" line="22" />
        <source>Customer's words</source>
        <translation>お客さまの言葉</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/listen.py" line="24" />
        <source>Detected category and feeling</source>
        <translation>検知したカテゴリと気持ち</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/listen.py" line="26" />
        <source>What the customer has said so far</source>
        <translation>お客さまがこれまでに話したこと</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/listen.py" line="33" />
        <source>Listen box: type what the customer says</source>
        <translation>聞き取り欄: お客さまの言葉を入力</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/listen.py" line="35" />
        <source>Type what the customer says… (Return records it, Ctrl+L comes back here)</source>
        <translation>お客さまの言葉を入力…（Enterで記録、Ctrl+Lでここに戻る）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/listen.py" line="39" />
        <source>Clear the text</source>
        <translation>入力を消去</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/listen.py" line="62" />
        <source>Detected: %1</source>
        <translation>検知: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="70" />
        <source>AssistDesk</source>
        <translation>AssistDesk</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="114" />
        <source>Call log repaired</source>
        <translation>通話記録の修復</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="115" />
        <source>Understood</source>
        <translation>確認しました</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="118" />
        <source>Content pack problems</source>
        <translation>コンテンツパックの問題</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="119" />
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="122" />
        <source>Unfinished call found</source>
        <translation>終了していない通話があります</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="124" />
        <source>Resume (Ctrl+R)</source>
        <translation>再開（Ctrl+R）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="124" />
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="126" />
        <source>Close it</source>
        <translation>終了扱いにする</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="135" />
        <source>Check before saying</source>
        <translation>言う前に確認</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="140" />
        <source>Panel sections</source>
        <translation>パネルの区画</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="148" />
        <source>Intake</source>
        <translation>聞き取り</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="149" />
        <source>Checks</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="150" />
        <source>Words</source>
        <translation>言葉</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="151" />
        <source>Handoff</source>
        <translation>引継ぎ</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="152" />
        <source>Wrap-up</source>
        <translation>終話</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="153" />
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="159" />
        <source>Stacked phrases</source>
        <translation>積み上げたフレーズ</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="160" />
        <source>Copy stack</source>
        <translation>まとめてコピー</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="161" />
        <source>Copy stacked phrases (Ctrl+Return)</source>
        <translation>積み上げたフレーズをまとめてコピー（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="162" />
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="163" />
        <source>Clear stacked phrases</source>
        <translation>積み上げたフレーズをクリア</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="173" />
        <source>Autosave status</source>
        <translation>自動保存の状態</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="292" />
        <source>Call ended and saved.</source>
        <translation>通話を終了し、保存しました。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="392" />
        <source>Demand detected: stay calm, see the card.</source>
        <translation>要求を検知しました。落ち着いて、カードを確認してください。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="433" />
        <source>Unsaved changes…</source>
        <translation>未保存の変更…</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="433" />
        <source>Not saved (no database)</source>
        <translation>保存されていません（データベースなし）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="514" />
        <source>Copied: %1</source>
        <translation>コピーしました: %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="522" />
        <source>⚠ This admits full fault (“%1”) before the facts are confirmed. Apologise for the situation instead, or tick “fault confirmed” first.</source>
        <translation>⚠ 事実確認の前に全面的な非（「%1」）を認める言い方です。状況へのお詫び（限定謝罪）にするか、先に「当社の非を確認済み」にチェックしてください。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="526" />
        <source>Use a partial apology</source>
        <translation>限定謝罪を使う</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="531" />
        <source>⚠ A bare “no” (“%1”). Say it with a reason and an option instead:
%2</source>
        <translation>⚠ ただの「できません」（「%1」）です。理由と選択肢を添えて伝えましょう:
%2</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="535" />
        <source>Use the kinder wording</source>
        <translation>やわらかい言い方を使う</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="539" />
        <source>Copy anyway</source>
        <translation>このままコピー</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="541" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="569" />
        <source>Stacked (%1). Ctrl+Return copies them together.</source>
        <translation>積み上げました（%1件）。Ctrl+Enterでまとめてコピー。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="586" />
        <source>Stack (%1): %2</source>
        <translation>積み上げ（%1件）: %2</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="591" />
        <source>Stack: Space on a phrase adds it.</source>
        <translation>積み上げ: フレーズでSpaceを押すと追加。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="620" />
        <source>✓ Nothing to warn about.</source>
        <translation>✓ 問題ありません。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="623" />
        <source>⚠ Admits full fault before the facts are confirmed: “%1”</source>
        <translation>⚠ 事実確認の前に全面的な非を認めています: 「%1」</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="629" />
        <source>⚠ A bare “no”. Kinder: %1</source>
        <translation>⚠ ただの「できません」です。やわらかく: %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="636" />
        <source>No call yet: nothing to hand off.</source>
        <translation>通話がないため、引き継ぐ内容がありません。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="644" />
        <source>Handoff summary copied.</source>
        <translation>引継ぎメモをコピーしました。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="654" />
        <source>⚠ Not saved: %1 (kept in memory, retrying)</source>
        <translation>⚠ 保存できません: %1（メモリに保持し、再試行中）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="657" />
        <source>Saved %1</source>
        <translation>保存 %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="663" />
        <source>An unfinished call (started %1) was found. Resume it?</source>
        <translation>終了していない通話（%1開始）があります。再開しますか？</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="680" />
        <source>Finish the current call first.</source>
        <translation>先に現在の通話を終了してください。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="683" />
        <source>Call resumed.</source>
        <translation>通話を再開しました。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="701" />
        <source>No database: history is not available.</source>
        <translation>データベースがないため、履歴は使えません。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="713" />
        <source>That call could not be opened.</source>
        <translation>その通話を開けませんでした。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="715" />
        <source>Call handled by %1 (read-only)</source>
        <translation>担当: %1 の通話（閲覧のみ）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="726" />
        <source>No database: figures are not available.</source>
        <translation>データベースがないため、集計を表示できません。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="743" />
        <source>… and %1 more</source>
        <translation>…ほか%1件</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="746" />
        <source>Content pack problems — the last good content is still in use:</source>
        <translation>コンテンツパックの問題 — 直前の正常な内容を引き続き使用中:</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="748" />
        <source>Content pack problems — the bundled content is in use:</source>
        <translation>コンテンツパックの問題 — 同梱の内容を使用中:</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="750" />
        <source>Content pack problems — no suggestions until they are fixed:</source>
        <translation>コンテンツパックの問題 — 修正されるまで提案は表示されません:</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="752" />
        <source>Content pack problems:</source>
        <translation>コンテンツパックの問題:</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/main_window.py" line="804" />
        <source>The call log was damaged and has been repaired. Please tell your supervisor. Details:</source>
        <translation>通話記録が破損していたため修復しました。スーパーバイザーにお知らせください。詳細:</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="368" />
        <source>Understood (理解)</source>
        <translation>理解</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="369" />
        <source>Accepted (納得)</source>
        <translation>納得</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="370" />
        <source>Satisfied (満足)</source>
        <translation>満足</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="371" />
        <source>Unresolved</source>
        <translation>未解決</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="372" />
        <source>Escalated</source>
        <translation>エスカレーション</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <location filename="../../src/assistdesk/ui/app.py" line="123" />
        <source>⚠ No database: %1</source>
        <translation>⚠ データベースなし: %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/app.py" line="156" />
        <source>Welcome! Enter your operator name to start.</source>
        <translation>ようこそ。はじめに担当者名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/app.py" line="228" />
        <source>Language, packs and database change after this call.</source>
        <translation>言語・パック・データベースはこの通話のあとで切り替わります。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/app.py" line="303" />
        <source>Ready in %1 s</source>
        <translation>%1秒で準備完了</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="379" />
        <source>Customer name</source>
        <translation>お客さま名</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="380" />
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="381" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="382" />
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="383" />
        <source>Your name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="384" />
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="385" />
        <source>Reference number</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="386" />
        <source>Number of days</source>
        <translation>日数</translation>
    </message>
</context>
<context>
    <name>PlaceholderDialog</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="157" />
        <source>Fill in before saying</source>
        <translation>言う前に入力</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../src/assistdesk/ui/session.py" line="102" />
        <source>Enter your operator name first (Ctrl+,).</source>
        <translation>先に担当者名を入力してください（Ctrl+,）。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="49" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="53" />
        <source>Operator name</source>
        <translation>担当者名</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="55" />
        <source>Company name (for phrases)</source>
        <translation>会社名（フレーズ用）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="57" />
        <source>Language of the panel and the content</source>
        <translation>パネルと内容の言語</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="63" />
        <source>Content pack folder</source>
        <translation>コンテンツパックのフォルダ</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="64" />
        <source>(bundled packs)</source>
        <translation>（同梱のパック）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="65" />
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="66" />
        <source>Browse for a pack folder</source>
        <translation>パックのフォルダを選ぶ</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="71" />
        <source>Database location or URL</source>
        <translation>データベースの場所またはURL</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="72" />
        <source>(SQLite in your data folder)</source>
        <translation>（データフォルダ内のSQLite）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="73" />
        <source>Keep the panel above other windows</source>
        <translation>パネルを常に手前に表示</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="74" />
        <source>Always on top</source>
        <translation>常に手前に表示</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="77" />
        <source>Font size</source>
        <translation>文字の大きさ</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="80" />
        <source>&amp;Operator</source>
        <translation>担当者(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="81" />
        <source>&amp;Company</source>
        <translation>会社名(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="82" />
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="85" />
        <source>&amp;Pack folder</source>
        <translation>パックのフォルダ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="88" />
        <source>&amp;Database</source>
        <translation>データベース(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="90" />
        <source>&amp;Font size</source>
        <translation>文字の大きさ(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="92" />
        <source>Language, packs and database apply at once when no call is open.</source>
        <translation>言語・パック・データベースの変更は、通話中でなければすぐに反映されます。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/dialogs.py" line="105" />
        <source>Pack folder</source>
        <translation>パックのフォルダ</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="67" />
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="68" />
        <source>Sections</source>
        <translation>区画</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="69" />
        <source>Words</source>
        <translation>言葉</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="70" />
        <source>Handoff</source>
        <translation>引継ぎ</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="71" />
        <source>Demand</source>
        <translation>要求</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="72" />
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="73" />
        <source>Panel</source>
        <translation>パネル</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="74" />
        <source>In a phrase list</source>
        <translation>フレーズ一覧で</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="75" />
        <source>In the checks list</source>
        <translation>確認の一覧で</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="76" />
        <source>In an intake answer</source>
        <translation>聞き取りの回答欄で</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="77" />
        <source>In wrap-up</source>
        <translation>終話で</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="78" />
        <source>Start a call</source>
        <translation>通話を開始</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="79" />
        <source>End the call (after wrap-up)</source>
        <translation>通話を終了（終話の入力後）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="82" />
        <source>Type the customer's words (Listen box)</source>
        <translation>お客さまの言葉を入力（聞き取り欄）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="85" />
        <source>Customer name / phone / reference</source>
        <translation>お客さま名・電話番号・受付番号</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="88" />
        <source>Intake: what is still unheard</source>
        <translation>聞き取り: まだ聞けていないこと</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="91" />
        <source>Simple-cause checks</source>
        <translation>簡単な原因の確認</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="92" />
        <source>Words: empathy, apology, alternatives</source>
        <translation>言葉: 共感・お詫び・代わりの案</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="95" />
        <source>Handoff summary</source>
        <translation>引継ぎメモ</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="96" />
        <source>Wrap-up</source>
        <translation>終話</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="97" />
        <source>History and follow-ups</source>
        <translation>履歴とアフターフォロー</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="98" />
        <source>Copy the phrase under focus</source>
        <translation>選択中のフレーズをコピー</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="101" />
        <source>Copy the first empathy line</source>
        <translation>最初の共感のことばをコピー</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="104" />
        <source>Copy the first partial apology</source>
        <translation>最初の限定謝罪をコピー</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="107" />
        <source>Copy all stacked phrases together</source>
        <translation>積み上げたフレーズをまとめてコピー</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="110" />
        <source>Clear the stack</source>
        <translation>積み上げをクリア</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="111" />
        <source>Build the handoff summary and copy it</source>
        <translation>引継ぎメモを作成してコピー</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="114" />
        <source>Go to the demand card</source>
        <translation>要求カードへ移動</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="115" />
        <source>Resume the unfinished call</source>
        <translation>終了していない通話を再開</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="118" />
        <source>Search past calls</source>
        <translation>過去の通話を検索</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="119" />
        <source>What keeps recurring (for supervisors)</source>
        <translation>繰り返し起きていること（スーパーバイザー向け）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="122" />
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="123" />
        <source>This list of shortcuts</source>
        <translation>このショートカット一覧</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="124" />
        <source>Copy the selected phrase</source>
        <translation>選択したフレーズをコピー</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="127" />
        <source>Add the selected phrase to the stack</source>
        <translation>選択したフレーズを積み上げに追加</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="130" />
        <source>Tried: it fixed the problem</source>
        <translation>試した: 解決した</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="133" />
        <source>Tried: not fixed (shows what to try next)</source>
        <translation>試した: 未解決（次に試すことを表示）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="136" />
        <source>Save the answer, go to the next unheard one</source>
        <translation>回答を保存し、次の未聴取項目へ</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/shortcuts.py" line="139" />
        <source>Outcome: understood … escalated</source>
        <translation>結果: 理解〜エスカレーション</translation>
    </message>
</context>
<context>
    <name>TrendsDialog</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="80" />
        <source>What keeps recurring</source>
        <translation>繰り返し起きていること</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="83" />
        <source>Period:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="85" />
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="87" />
        <source>Last %1 days</source>
        <translation>直近%1日</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="95" />
        <source>Causes checked (most frequent first)</source>
        <translation>確認した原因（多い順）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="97" />
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="97" />
        <source>Checked</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="97" />
        <source>Fixed</source>
        <translation>解決</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="97" />
        <source>Not fixed</source>
        <translation>未解決</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="98" />
        <source>Causes checked</source>
        <translation>確認した原因</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="101" />
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="146" />
        <source>Prevention ideas (再発防止策)</source>
        <translation>再発防止策</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="102" />
        <source>Idea</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="102" />
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="105" />
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="108" />
        <source>Calls</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="102" />
        <source>Prevention ideas</source>
        <translation>再発防止策</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="104" />
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="147" />
        <source>Voice of the customer</source>
        <translation>お客さまの声</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="105" />
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="105" />
        <source>Voice-of-customer tags</source>
        <translation>お客さまの声のタグ</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="107" />
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="108" />
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="148" />
        <source>Outcomes</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="108" />
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="112" />
        <source>Copy as text</source>
        <translation>テキストでコピー</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="113" />
        <source>Copy the figures as text</source>
        <translation>集計をテキストでコピー</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="126" />
        <source>No database: figures are not available.</source>
        <translation>データベースがないため、集計を表示できません。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="133" />
        <source>%1 calls in the last %2 days (practice calls excluded).</source>
        <translation>直近%2日の通話 %1件（研修用の通話は含みません）。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/trends.py" line="150" />
        <source>Causes checked (fixed / not fixed)</source>
        <translation>確認した原因（解決 / 未解決）</translation>
    </message>
</context>
<context>
    <name>WordsPanel</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="41" />
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="159" />
        <source>1. Empathy first</source>
        <translation>1. まず共感</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="43" />
        <source>Empathy lines</source>
        <translation>共感のことば</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="48" />
        <source>2. Apologise for the situation (partial)</source>
        <translation>2. 状況へのお詫び（限定謝罪）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="50" />
        <source>Situation to apologise for</source>
        <translation>お詫びする状況</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="52" />
        <source>Partial apology lines</source>
        <translation>限定謝罪のことば</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="57" />
        <source>Our fault is confirmed (facts checked)</source>
        <translation>当社の非を確認済み（事実確認後）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="58" />
        <source>Our fault is confirmed</source>
        <translation>当社の非を確認済み</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="61" />
        <source>Full apology — only after the facts are known; the panel warns before then.</source>
        <translation>全面的なお詫びは事実がわかってから。それまではパネルが警告します。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="64" />
        <source>Full apology lines</source>
        <translation>全面的なお詫びのことば</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="69" />
        <source>3. Can't do it? Offer an alternative</source>
        <translation>3. できないときは代わりの案を</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="73" />
        <source>Refusal category</source>
        <translation>お断りの種類</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="75" />
        <source>Apology that it cannot be done</source>
        <translation>できないことへのお詫び</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="77" />
        <source>Reason, given at once</source>
        <translation>すぐに伝える理由</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="79" />
        <source>Alternatives to offer (Space ticks)</source>
        <translation>ご提案する代わりの案（Spaceで選択）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="82" />
        <source>Something useful on top</source>
        <translation>さらに役立つひと言</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="88" />
        <source>Category</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="89" />
        <source>Apology</source>
        <translation>お詫び</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="90" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="91" />
        <source>Alternatives</source>
        <translation>代わりの案</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="92" />
        <source>Extra</source>
        <translation>ひと言</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="97" />
        <source>Refusal to say</source>
        <translation>伝えるお断り</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="101" />
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="102" />
        <source>Copy refusal</source>
        <translation>お断りをコピー</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="103" />
        <source>Add to stack</source>
        <translation>積み上げに追加</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="104" />
        <source>Add refusal to stack</source>
        <translation>お断りを積み上げに追加</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="111" />
        <source>Your own words (checked as you type)</source>
        <translation>自分のことば（入力中にチェック）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="113" />
        <source>Your own words</source>
        <translation>自分のことば</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="114" />
        <source>Type what you are about to say…</source>
        <translation>これから言うことを入力…</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="117" />
        <source>Check of your own words</source>
        <translation>自分のことばのチェック</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="162" />
        <source>1. Empathy first — %1</source>
        <translation>1. まず共感 — %1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="235" />
        <source>(no extra)</source>
        <translation>（ひと言なし）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/words.py" line="298" />
        <source>Tick at least one alternative: never just say no.</source>
        <translation>代わりの案を1つ以上選んでください。ただ断るだけにしないために。</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="40" />
        <source>Outcome (Alt+1…5)</source>
        <translation>結果（Alt+1…5）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="59" />
        <source>Immediate action (対処策)</source>
        <translation>対処策</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="60" />
        <source>what fixed it now</source>
        <translation>今回どう解決したか</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="62" />
        <source>Prevention idea (再発防止策)</source>
        <translation>再発防止策</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="63" />
        <source>what would stop it happening again</source>
        <translation>再発を防ぐには</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="64" />
        <source>Immediate action</source>
        <translation>対処策</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="65" />
        <source>Prevention</source>
        <translation>再発防止策</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="67" />
        <source>Follow up on</source>
        <translation>アフターフォロー日</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="68" />
        <source>Promise a follow-up</source>
        <translation>アフターフォローを約束</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="71" />
        <source>Follow-up date</source>
        <translation>アフターフォローの日付</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="78" />
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="81" />
        <source>Follow-up note</source>
        <translation>フォローのメモ</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="79" />
        <source>what to do then</source>
        <translation>そのときにすること</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="83" />
        <source>Voice-of-customer tags</source>
        <translation>お客さまの声のタグ</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="84" />
        <source>tags, separated by commas; Return adds</source>
        <translation>タグ（読点・カンマ区切り、Enterで追加）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="85" />
        <source>Customer's voice</source>
        <translation>お客さまの声</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="88" />
        <source>Tags on this call</source>
        <translation>この通話のタグ</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="91" />
        <source>Close warmly</source>
        <translation>温かく締めくくる</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="92" />
        <source>Closing lines</source>
        <translation>締めくくりのことば</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="100" />
        <source>End call (Ctrl+Shift+E)</source>
        <translation>通話終了（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="101" />
        <source>End call</source>
        <translation>通話終了</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="197" />
        <source>outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="199" />
        <source>immediate action</source>
        <translation>対処策</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/widgets/wrapup.py" line="201" />
        <source>Still to fill: %1</source>
        <translation>未入力: %1</translation>
    </message>
</context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Demo</name>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="46" />
        <source>Basic</source>
        <translation>初級</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="47" />
        <source>Intermediate</source>
        <translation>中級</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="48" />
        <source>Advanced</source>
        <translation>上級</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="56" />
        <source>Hear</source>
        <translation>聞き取り</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="57" />
        <source>Empathy</source>
        <translation>共感</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="58" />
        <source>Partial apology</source>
        <translation>限定謝罪</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="59" />
        <source>Full apology (fault confirmed)</source>
        <translation>全面謝罪(非が確認済み)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="60" />
        <source>Check (face-saving)</source>
        <translation>確認(面子を保つ言い方)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="61" />
        <source>Refusal with alternative</source>
        <translation>代替案つきのお断り</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="62" />
        <source>Record the demand verbatim</source>
        <translation>ご要求を原文のまま記録</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="63" />
        <source>Decline the demand</source>
        <translation>ご要求をお断り</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="64" />
        <source>Fault confirmed</source>
        <translation>弊社の非を確認</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="65" />
        <source>Hand off to</source>
        <translation>引継ぎ先</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="66" />
        <source>Promise a follow-up</source>
        <translation>後日のご連絡を約束</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="67" />
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="68" />
        <source>Close warmly</source>
        <translation>温かい締めくくり</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="69" />
        <source>Say</source>
        <translation>発言</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="70" />
        <source>Customer voice tag</source>
        <translation>お客さまの声タグ</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="89" />
        <source>DEMO mode: practice calls, not saved in the real call log</source>
        <translation>デモモード:研修用の通話です。実際の応対記録には保存されません</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="92" />
        <source>DEMO</source>
        <translation>デモ</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="95" />
        <source>Practice call — never saved in the real call log</source>
        <translation>研修用の練習通話 — 実際の応対記録には保存されません</translation>
    </message>
</context>
<context>
    <name>DemoController</name>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="96" />
        <source>AssistDesk — DEMO (practice)</source>
        <translation>AssistDesk — デモ(研修)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="133" />
        <source>trainee</source>
        <translation>研修生</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="160" />
        <source>Press F8 to hear the customer's first line.</source>
        <translation>F8 でお客さまの最初の発言を表示します。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="165" />
        <source>Practice call started: %1</source>
        <translation>練習通話を開始しました:%1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="172" />
        <source>Demands: %1</source>
        <translation>ご要求:%1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="174" />
        <source>Must be handed off.</source>
        <translation>二次対応への引継ぎが必要です。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="183" />
        <source>Customer line %1 of %2</source>
        <translation>お客さまの発言 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="185" />
        <source>all said: finish with F12</source>
        <translation>すべて表示済み:F12 で終了して採点</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="212" />
        <source>Trainer's note: %1</source>
        <translation>トレーナー向けメモ:%1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="256" />
        <source>Nothing to do yet: listen.</source>
        <translation>まだ対応は不要です。お話を伺いましょう。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="258" />
        <source>Ideal response:</source>
        <translation>模範対応:</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="309" />
        <source>Trainer marks saved.</source>
        <translation>トレーナー評価を保存しました。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="331" />
        <source>The report could not be kept: %1</source>
        <translation>結果を保存できませんでした:%1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="334" />
        <source>Score: %1 / %2</source>
        <translation>得点:%1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="344" />
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="368" />
        <source>Practice call report</source>
        <translation>練習通話の評価</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="380" />
        <source>Trainee record</source>
        <translation>研修記録</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="403" />
        <source>Export PDF</source>
        <translation>PDF に書き出す</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="417" />
        <source>Report saved: %1</source>
        <translation>評価を保存しました:%1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="440" />
        <source>Presenter mode on</source>
        <translation>プレゼンターモード オン</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/controller.py" line="440" />
        <source>Presenter mode off</source>
        <translation>プレゼンターモード オフ</translation>
    </message>
</context>
<context>
    <name>MarksDialog</name>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="323" />
        <source>Trainer marks</source>
        <translation>トレーナー評価</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="326" />
        <source>Your marks override the automatic verdict. Leave “no mark” to keep it.</source>
        <translation>ここでの評価は自動判定より優先されます。自動判定のままにする項目は「評価なし」にしてください。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="331" />
        <source>Check point</source>
        <translation>チェック項目</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="332" />
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="344" />
        <source>Met</source>
        <translation>達成</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="333" />
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="344" />
        <source>Missed</source>
        <translation>未達</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="334" />
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="344" />
        <source>No mark</source>
        <translation>評価なし</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="335" />
        <source>Note</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="353" />
        <source>Note on %1</source>
        <translation>%1 へのコメント</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="401" />
        <source>Trainee:</source>
        <translation>研修生:</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="403" />
        <source>Trainee</source>
        <translation>研修生</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="411" />
        <source>Report</source>
        <translation>評価</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="415" />
        <source>Trainee record</source>
        <translation>研修記録</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="416" />
        <source>Export PDF…</source>
        <translation>PDF に書き出す…</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="417" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ScenarioPane</name>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="139" />
        <source>Practice scenarios</source>
        <translation>練習シナリオ</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="142" />
        <source>Trainee:</source>
        <translation>研修生:</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="144" />
        <source>Trainee name</source>
        <translation>研修生の名前</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="150" />
        <source>Scenario list</source>
        <translation>シナリオ一覧</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="155" />
        <source>Scenario brief</source>
        <translation>シナリオの概要</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="158" />
        <source>Start this scenario</source>
        <translation>このシナリオを始める</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="159" />
        <source>Start the selected scenario</source>
        <translation>選んだシナリオを始める</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="164" />
        <source>Now playing</source>
        <translation>練習中</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="171" />
        <source>Scenario progress</source>
        <translation>シナリオの進み具合</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="176" />
        <source>What the customer just said</source>
        <translation>お客さまの今の発言</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="181" />
        <source>Trainer's note for this line</source>
        <translation>この発言についてのトレーナー向けメモ</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="186" />
        <source>Ideal response</source>
        <translation>模範対応</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="189" />
        <source>Show the hidden facts (trainer only)</source>
        <translation>隠れた事実を表示(トレーナーのみ)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="199" />
        <source>Next line (F8)</source>
        <translation>次の発言 (F8)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="200" />
        <source>Reveal the next customer line</source>
        <translation>お客さまの次の発言を表示</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="201" />
        <source>Ideal response (F7)</source>
        <translation>模範対応 (F7)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="202" />
        <source>Show me</source>
        <translation>お手本</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="203" />
        <source>Play the ideal response on the panel</source>
        <translation>模範対応をパネル上で再現する</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="204" />
        <source>Trainer marks… (F9)</source>
        <translation>トレーナー評価… (F9)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="205" />
        <source>Finish and score (F12)</source>
        <translation>終了して採点 (F12)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="213" />
        <source>Advance by timer (Shift+F8)</source>
        <translation>タイマーで自動的に進める (Shift+F8)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="217" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="218" />
        <source>Seconds between lines</source>
        <translation>発言の間隔(秒)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="222" />
        <source>Speak the customer's lines</source>
        <translation>お客さまの発言を読み上げる</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="227" />
        <source>Trainee record</source>
        <translation>研修記録</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="228" />
        <source>Presenter mode (Ctrl+Shift+P)</source>
        <translation>プレゼンターモード (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="278" />
        <source>No scenario selected.</source>
        <translation>シナリオが選ばれていません。</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="282" />
        <source>Level: %1</source>
        <translation>レベル:%1</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="283" />
        <source>%1 customer lines</source>
        <translation>お客さまの発言 %1 件</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="286" />
        <source>unreasonable demand</source>
        <translation>不当な要求あり</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="288" />
        <source>handoff needed</source>
        <translation>引継ぎが必要</translation>
    </message>
    <message>
        <location filename="../../src/assistdesk/ui/demo/widgets.py" line="312" />
        <source>No text-to-speech voice is installed on this computer.</source>
        <translation>このコンピューターには読み上げ用の音声がインストールされていません。</translation>
    </message>
</context>
</TS>
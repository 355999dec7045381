using System.Globalization;
using System.Text;

namespace MinatoSite.Bench;

/// <summary>
/// Writes a site shaped like the real one for any number of initiatives: the real report's proportions of
/// 経営課題, 戦略 and 具体的取組 (6 : 19 : 49), every initiative translated, narratives with links, and the
/// repository's data/ masters and theme/ so that <c>build --root</c> works on it.
/// </summary>
public static class SyntheticSite
{
    private static readonly string[] Units = ["%", "件", "校", "回"];
    private static readonly (string Outlook, string Progress)[] Statuses =
        [("achieve", "on-schedule"), ("achieve", "on-schedule"), ("achieve", "behind-schedule"), ("not-achieve", "on-schedule"), ("achieve", "implementing")];

    public static void Generate(int initiatives, string output, string repository)
    {
        if (initiatives < 1) throw new ArgumentOutOfRangeException(nameof(initiatives), "at least one initiative");
        var challenges = Math.Max(1, (int)Math.Round(initiatives * 6.0 / 49));
        var strategies = Math.Max(challenges, (int)Math.Round(initiatives * 19.0 / 49));
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        Copy(Path.Combine(repository, "theme"), Path.Combine(output, "theme"));
        Copy(Path.Combine(repository, "data"), Path.Combine(output, "data"));
        // One report, the real one's data with a synthetic plan, and its corrections page; other reports are left out.
        const string report = "2021-midterm";
        foreach (var other in Directory.EnumerateDirectories(Path.Combine(output, "data", "reports")).Where(d => Path.GetFileName(d) != report))
            Directory.Delete(other, recursive: true);
        var reportData = Path.Combine(output, "data", "reports", report);
        // A synthetic site had no pages before its reports had addresses of their own: no former addresses to answer.
        var settings = Path.Combine(output, "data", "site.yml");
        File.WriteAllLines(settings, File.ReadAllLines(settings).Where(l => !l.StartsWith("addressesWithoutYear:", StringComparison.Ordinal)));
        var reportInput = Directory.CreateDirectory(Path.Combine(output, "input", report)).FullName;
        foreach (var page in new[] { "CORRECTIONS.md", "CORRECTIONS.en.md" })
            File.Copy(Path.Combine(repository, "input", report, page), Path.Combine(reportInput, page));

        // Strategy s belongs to challenge s % challenges; initiative i to strategy i % strategies.
        var plan = new StringBuilder("challenges:\n");
        var planEn = new StringBuilder("challenges:\n");
        for (var c = 0; c < challenges; c++)
        {
            plan.Append($"  - id: \"{c + 1}\"\n    number: {c + 1}\n    title: 合成の経営課題{c + 1} 安全・安心・快適なまちづくり\n    strategies:\n");
            planEn.Append($"  - id: \"{c + 1}\"\n    title: Synthetic challenge {c + 1}, a safe, secure and comfortable community\n    strategies:\n");
            for (var s = c; s < strategies; s += challenges)
            {
                plan.Append($"      - id: \"{StrategyId(s, challenges)}\"\n        title: 合成の戦略 防災対策の強化{s + 1}\n");
                planEn.Append($"      - id: \"{StrategyId(s, challenges)}\"\n        title: Synthetic strategy {s + 1}, strengthening disaster prevention\n");
            }
        }
        File.WriteAllText(Path.Combine(reportData, "plan.yml"), plan.ToString());
        File.WriteAllText(Path.Combine(reportData, "plan.en.yml"), planEn.ToString());

        var numbers = new int[strategies];
        for (var i = 0; i < initiatives; i++)
        {
            var s = i % strategies;
            var strategy = StrategyId(s, challenges);
            var number = ++numbers[s];
            var id = $"{strategy}-{number}";
            var folder = Directory.CreateDirectory(Path.Combine(reportInput, strategy)).FullName;
            // Each narrative links to the first initiative of the next strategy, as staff link related work.
            var target = StrategyId((s + 1) % strategies, challenges);
            var link = $"../{target}/{target}-1.md";
            File.WriteAllText(Path.Combine(folder, id + ".md"), Japanese(i, id, strategy, number, link));
            File.WriteAllText(Path.Combine(folder, id + ".en.md"), English(i, link));
        }
    }

    /// <summary>The official shape of ids: challenge number, then the strategy's place within it.</summary>
    private static string StrategyId(int strategy, int challenges) => $"{strategy % challenges + 1}-{strategy / challenges + 1}";

    private static string Japanese(int i, string id, string strategy, int number, string link)
    {
        var (outlook, progress) = Statuses[i % Statuses.Length];
        var unit = Units[i % Units.Length];
        var value = (40 + i % 50).ToString(CultureInfo.InvariantCulture);
        return $"""
            ---
            id: {id}
            strategy: {strategy}
            number: {number}
            title: 合成の具体的取組{i + 1} 地域防災の活動支援と防災リーダーの育成
            achievements:
              - 地域防災活動情報交換会を実施し、全地域の代表者向けにマニュアルを配布、説明し、開設、運営シミュレーションを実施（{i + 1}回目）
              - 各避難所に災害用手指消毒用アルコール等のコロナ禍対応物資を配備
              - 広報紙 8 月防災特集号の作成、配布：{i % 20 + 1}件
            targets:
              - text: 区民モニターアンケートにおいて、「災害の備えとして港区の広報紙やホームページ、地域防災学習会が参考になった」と答えた区民の割合：{value}{unit}以上
                threshold:
                  value: {value}
                  unit: "{unit}"
                  comparison: at-least
              - text: 地域の自主防災組織が主体的に防災訓練及び防災学習会を実施した地域の数：全地域
            status:
              outlook: {outlook}
              progress: {progress}
            ---
            新型コロナウイルス感染症の影響により、地域が集まっての防災訓練（避難所開設訓練）及び防災学習会の実施が困難になっている。コロナ禍においては、十分に感染症対策を行った上で主要なスタッフ向けの防災訓練を実施するよう各地域と調整を図る。

            関連する取組は[こちら]({link})を参照。

            """;
    }

    private static string English(int i, string link) => $"""
        ---
        title: "Synthetic initiative {i + 1}: supporting local disaster prevention and training leaders"
        achievements:
          - "Held an information exchange meeting on local disaster prevention and ran a shelter simulation (meeting {i + 1})"
          - "Supplied each evacuation shelter with items for the COVID-19 pandemic, such as hand sanitiser"
          - "Produced and handed out the August disaster prevention issue of the ward newsletter: {i % 20 + 1} cases"
        targets:
          - text: "Share of residents in the Ward Resident Monitor Survey who found the ward's newsletter, website and study sessions helpful"
          - text: "Number of areas where the local voluntary disaster prevention organisation held drills: all areas"
        ---
        Because of COVID-19 it has become difficult to hold drills where local people gather together. We will work with each area to hold drills for key staff, with full infection control measures.

        For related work, see [this initiative]({link}).

        """;

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>The repository: the nearest folder above this program or the current folder holding MinatoSite.sln.</summary>
    public static string FindRepository()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "MinatoSite.sln"))) return folder.FullName;
            }
        }
        throw new InvalidOperationException("run this from the MinatoSite repository (MinatoSite.sln not found)");
    }
}

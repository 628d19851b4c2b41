using System.Diagnostics;
using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Tests.Import.Mentions.Actors;

public class ActorFinderTests
{
    private static ActorFinder NewFinder() => new(RealData.Gazetteer);

    /// <summary>The real data without any actors, so that every person must be learned from the texts.</summary>
    private static Gazetteer GazetteerWithoutActors()
    {
        var dir = RealData.CopyToTemp();
        File.WriteAllText(Path.Combine(dir, "actors.json"), "[]");
        return Gazetteer.Load(dir);
    }

    [Fact]
    public void A_name_joined_to_a_prefix_names_something_else()
    {
        var mentions = NewFinder().Find("In November Finland joined the Anti-Comintern Pact; the Comintern protested.");

        var comintern = Assert.Single(mentions);
        Assert.Equal("the Comintern protested.".IndexOf("Comintern", StringComparison.Ordinal), comintern.Index - "In November Finland joined the Anti-Comintern Pact; ".Length);
    }

    [Theory]
    [InlineData("Vasilii Bliukher")]
    [InlineData("Bliukher")]
    [InlineData("Vasiliy Blyukher")]
    public void A_russian_name_in_another_romanization_is_the_same_person(string written)
    {
        var mention = Assert.Single(NewFinder().Find($"In 1929 the army under {written} struck at the border."));
        Assert.Equal("Vasily Blyukher", mention.Name);
        Assert.Equal(written, mention.Text);
    }

    [Fact]
    public void Only_the_soviet_side_s_people_are_respelled_as_russian_names() =>
        Assert.Empty(NewFinder().Find("In 1962 John Kennedii spoke."));

    [Fact]
    public void A_surname_and_a_full_name_with_a_possessive_are_the_same_actor()
    {
        var mentions = NewFinder().Find("Stalin refused; after Joseph Stalin's death the purges stopped.");

        Assert.Equal(["joseph-stalin", "joseph-stalin"], mentions.Select(m => m.ActorSlug));
        Assert.Equal(["Stalin", "Joseph Stalin"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal(("Joseph Stalin", ActorType.Person, false), (m.Name, m.Type, m.Discovered)));
    }

    [Fact]
    public void Accents_are_optional_in_names()
    {
        var mentions = NewFinder().Find("Kádár met Janos Kadar's ministers");

        Assert.Equal(["janos-kadar", "janos-kadar"], mentions.Select(m => m.ActorSlug));
        Assert.Equal("Janos Kadar", mentions[1].Text);
    }

    [Fact]
    public void Overthrowing_one_leader_and_installing_another_gives_both_roles()
    {
        var mentions = NewFinder().Find(
            "By December 1979 the Soviets intervened in Operation Storm-333, overthrowing Afghan leader Hafizullah Amin and installing Babrak Karmal in his place.");

        Assert.Equal([("hafizullah-amin", "leader deposed"), ("babrak-karmal", "leader installed")],
            mentions.Select(m => (m.ActorSlug, m.Role)));
    }

    [Theory]
    [InlineData("Under the orders of Soviet defense minister Georgy Zhukov, Soviet Army tanks entered Budapest.", "georgy-zhukov", "Soviet commander")]
    [InlineData("two brigades crossed the border to assist Sheng Shicai in gaining control", "sheng-shicai", "supported")]
    [InlineData("Dubček was replaced as first secretary", "alexander-dubcek", "replaced")]
    [InlineData("By then the reformist Soviet leader, Mikhail Gorbachev, had announced a withdrawal.", "mikhail-gorbachev", "Soviet leader")]
    [InlineData("The party, led by Stalin, purged its ranks.", "joseph-stalin", "Soviet leader")]
    [InlineData("The marshal reported to Premier Joseph Stalin that evening.", "joseph-stalin", "Soviet leader")]
    [InlineData("The envoy reported to Premier Zhou Enlai that evening.", "zhou-enlai", "involved")]
    [InlineData("A new republic was proclaimed with Rákosi as the de facto leader.", "matyas-rakosi", "leader")]
    [InlineData("Soviet troops fought against the Kuomintang in the north.", "kuomintang", "opposed")]
    [InlineData("Japanese troops fought against the Kuomintang in the north.", "kuomintang", "involved")]
    [InlineData("Then Hungarians formed militias to fight against the Kuomintang.", "kuomintang", "involved")]
    [InlineData("The missiles had an SS-4 NATO designation.", "nato", null)]
    [InlineData("At the request of the Kuomintang, Soviet troops entered the province.", "kuomintang", "supported")]
    [InlineData("Soviet troops, at the request of the Mongolian People's Party, crossed the border.", "mongolian-peoples-party", "supported")]
    [InlineData("The Basmachi ambushed a Soviet convoy.", "basmachi", "opposed")]
    [InlineData("Edvard Beneš, fearing direct intervention and a long civil war, gave in and resigned.", "edvard-benes", "leader deposed")]
    [InlineData("The Basmachi ambushed a Japanese convoy.", "basmachi", "involved")]
    // Fleeing is no deposing: the head of a government the Soviet side backed who fled when it fell was deposed only if the text says so.
    [InlineData("When the army took the city back, Imre Nagy fled across the border.", "imre-nagy", "involved")]
    [InlineData("The country was ruled over by the dictator Ion Antonescu.", "ion-antonescu", "leader")]
    [InlineData("the new Soviet-installed János Kádár government", "janos-kadar", "leader installed")]
    [InlineData("Stalin attempted to assassinate Tito several times", "josip-broz-tito", "assassination target")]
    [InlineData("Imre Nagy, the former premier, was executed in 1958", "imre-nagy", "executed")]
    [InlineData("the settlers, led by Ian Smith, declared independence", "ian-smith", "leader")]
    [InlineData("the colony was named after Cecil Rhodes", "cecil-rhodes", "mentioned")]
    [InlineData("keep that comparison for the conclusion; Ian Smith is not part of the 1921 story", "ian-smith", "mentioned")]
    public void The_words_around_a_mention_give_its_role(string text, string slug, string? role)
    {
        var mention = NewFinder().Find(text).SingleOrDefault(m => m.ActorSlug == slug);
        Assert.Equal(role, mention?.Role);
    }

    [Fact]
    public void Without_a_matching_pattern_the_role_is_involved_and_organizations_get_their_type()
    {
        var mentions = NewFinder().Find("The NKVD and the Red Army's officers arrived.");

        Assert.Equal([("nkvd", ActorType.StateBody, "involved"), ("red-army", ActorType.ArmedForce, "involved")],
            mentions.Select(m => (m.ActorSlug, m.Type, m.Role)));
    }

    [Fact]
    public void A_soviet_body_in_a_list_passes_no_role_against_the_soviet_side_to_the_next_name()
    {
        var mentions = NewFinder().Find("The raid struck against the Red Army and Kwantung Army.");

        Assert.Equal([("red-army", "involved"), ("kwantung-army", "involved")], mentions.Select(m => (m.ActorSlug, m.Role)));
    }

    [Fact]
    public void A_pattern_is_not_read_across_another_actor()
    {
        var mention = NewFinder().Find("Rákosi was replaced by Imre Nagy following Stalin's death")[^1];

        // "replaced by" installs Nagy only; Stalin is named for his death, as background.
        Assert.Equal(("joseph-stalin", "mentioned"), (mention.ActorSlug, mention.Role));
    }

    [Fact]
    public void Places_and_phrases_that_contain_a_name_are_not_that_actor()
    {
        Assert.Empty(NewFinder().Find("from Ho Chi Minh City they threw a Molotov cocktail at the Franco-Soviet mission"));
    }

    [Fact]
    public void A_person_named_after_a_title_is_learned_and_then_found_by_surname_with_a_role()
    {
        var finder = new ActorFinder(GazetteerWithoutActors());
        finder.Learn(["Their Prime Minister was Donduk Kuular, a former Lama.", "They launched a coup to depose Kuular, imprisoning him."]);

        var learned = Assert.Single(finder.Learned);
        Assert.Equal(("donduk-kuular", "Donduk Kuular", ActorType.Person), (learned.Slug, learned.Name, learned.Type));
        var mention = Assert.Single(finder.Find("They launched a coup to depose Kuular, imprisoning him."));
        Assert.Equal(("donduk-kuular", "Donduk Kuular", "Kuular", true, "leader deposed"),
            (mention.ActorSlug, mention.Name, mention.Text, mention.Discovered, mention.Role));
    }

    [Fact]
    public void Titles_of_many_kinds_introduce_people_and_known_people_are_not_learned_again()
    {
        var finder = new ActorFinder(RealData.Gazetteer);
        finder.Learn([
            "the Han Chinese provincial commander General Zhang Peiyuan defected",
            "Catalan Trotskyist Andrés Ferrer and Premier Joseph Stalin",
            "the General Secretary of the party and the Nationalist Air Force",
        ]);

        var people = finder.Learned.Where(a => a.Type == ActorType.Person).ToList();
        Assert.Equal(["andres-ferrer", "zhang-peiyuan"], people.Select(a => a.Slug));
        Assert.Equal("Andrés Ferrer", people[0].Name);
    }

    [Fact]
    public void A_regnal_number_ends_a_learned_name()
    {
        var finder = new ActorFinder(GazetteerWithoutActors());
        finder.Learn(["King Michael I met with the bloc", "King Michael's Coup"]);

        var learned = Assert.Single(finder.Learned);
        Assert.Equal(("michael-i", "Michael I"), (learned.Slug, learned.Name));
        Assert.Contains("Michael", learned.Aliases);
    }

    [Fact]
    public void The_order_of_the_texts_does_not_change_what_is_learned()
    {
        string[] texts =
        [
            "led by general Zhang Peiyuan", "Prime Minister Donduk Kuular", "General Zhang attacked",
            "Maoist Pierre Mulele began the rebellion", "Their Prime Minister was Donduk Kuular",
        ];
        var forward = new ActorFinder(GazetteerWithoutActors());
        forward.Learn(texts);
        var backward = new ActorFinder(GazetteerWithoutActors());
        backward.Learn(texts.Reverse());

        Assert.Equal(["donduk-kuular", "pierre-mulele", "zhang-peiyuan"], forward.Learned.Select(a => a.Slug));
        Assert.Equal(forward.Learned.Select(a => (a.Slug, a.Name, string.Join("|", a.Aliases), a.Description)),
            backward.Learned.Select(a => (a.Slug, a.Name, string.Join("|", a.Aliases), a.Description)));
    }

    [Fact]
    public void Five_megabytes_of_random_unicode_and_control_characters_return_quickly_without_throwing()
    {
        var random = new Random(1956);
        var chars = new char[5_000_000];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = i % 101 == 0 ? "General Stalin "[i % 15] : (char)random.Next(0, 0x10000);
        var text = new string(chars) + " deposed Imre Nagy";
        var finder = NewFinder();

        finder.Learn([text]);
        var mentions = finder.Find(text);

        Assert.Equal(("imre-nagy", "leader deposed"), (mentions[^1].ActorSlug, mentions[^1].Role));
    }

    [Theory]
    [InlineData("The joint offensive struck the defending Soviet 14th Army and 54th Rifle Division.", "soviet-union")]
    [InlineData("Reinforcements were drawn from the 54th Rifle Division and the Soviet 10th Mechanised Corps.", "soviet-union")]
    [InlineData("The Finnish 54th Rifle Division held the bridgehead.", "finland")]
    [InlineData("Reinforcements came from the Soviet 10th Mechanised Corps, excluding the 54th Rifle Division.", "soviet-union")]
    public void A_unit_learned_without_its_state_takes_the_state_of_an_adjective_before_it_or_a_force_listed_beside_it(string text, string state)
    {
        var finder = NewFinder();
        finder.Learn(["In 1941 the 54th Rifle Division held the line.", "The Soviet 14th Army and the Soviet 10th Mechanised Corps attacked."]);

        var unit = Assert.Single(finder.Find(text), m => m.Name == "54th Rifle Division");
        Assert.Equal(state, unit.Side);
    }

    [Fact]
    public void A_unit_named_apart_from_another_force_takes_no_state_from_it()
    {
        const string text = "The Soviet 14th Army held the coast; later the 54th Rifle Division crossed the river.";
        var finder = NewFinder();
        finder.Learn([text]);

        Assert.Null(Assert.Single(finder.Find(text), m => m.Name == "54th Rifle Division").Side);
    }
}

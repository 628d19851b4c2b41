-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: sovint
-- ------------------------------------------------------
-- Server version	10.11.6-MariaDB-0+deb12u1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `episode`
--

DROP TABLE IF EXISTS `episode`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `episode` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `slug` varchar(64) NOT NULL,
  `target` varchar(128) DEFAULT NULL COMMENT 'state at the time; ; = several',
  `start_date` date DEFAULT NULL COMMENT 'day 00 / month 00 = unknown',
  `end_date` date DEFAULT NULL,
  `is_soviet` tinyint(1) NOT NULL DEFAULT 1 COMMENT '0 = context row, not a Soviet act',
  `kind` varchar(64) DEFAULT NULL,
  `summary` text DEFAULT NULL,
  `source_ref` varchar(255) DEFAULT NULL,
  `updated_at` timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  PRIMARY KEY (`id`),
  UNIQUE KEY `slug` (`slug`)
) ENGINE=InnoDB AUTO_INCREMENT=27 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `episode`
--

LOCK TABLES `episode` WRITE;
/*!40000 ALTER TABLE `episode` DISABLE KEYS */;
INSERT INTO `episode` VALUES (1,'lithuania-1918','Lithuania','1918-12-16','1919-08-31',1,'invasion','Red Army Western Army moves in behind the retreating Germans after Moscow annuls Brest-Litovsk (13 Nov 1918). Kapsukas (Vincas Mickevičius-Kapsukas) proclaims a Provisional Revolutionary Workers\' and Peasants\' Government 16 Dec 1918; Red Army takes Vilnius 5 Jan 1919; Litbel SSR Feb 1919. Poles take Vilnius Apr 1919, Lithuanian army (Žukauskas) pushes Reds out by end Aug 1919. Peace treaty 12 Jul 1920 = NOT part of episode.','Senn 1959 ch.3','2025-03-30 21:14:02'),(2,'khiva-1920','Khanate of Khiva','1919-12-00','1920-04-26',1,'invasion','Turkestan Front units + Young Khivans vs Junaid Khan; Khiva entered early Feb 1920, Said Abdullah Khan abdicates; Khorezm PSR proclaimed 26 Apr 1920. Start = Red units crossing Dec 1919 (check! Becker says Jan 1920?)','Becker 1968','2025-03-30 21:16:40'),(3,'bukhara-1920','Emirate of Bukhara','1920-08-29','1920-09-02',1,'invasion','Frunze storms Old Bukhara; emir Alim Khan flees east, then to Afghanistan 1921; BPSR Oct 1920 under Faizulla Khodzhaev.','Becker 1968','2025-03-30 21:17:55'),(4,'cer-1929','China','1929-08-06','1929-12-22',1,'border war','Special Far Eastern Army (Blyukher) vs Zhang Xueliang after his seizure of the CER (10 Jul 1929). Lahasusu 12 Oct, Fujin 30-31 Oct, Jalainur-Manzhouli 17-20 Nov 1929. Khabarovsk Protocol 22 Dec 1929, troops back.','Walker 2017','2025-03-31 08:02:11'),(5,'afghanistan-1929','Afghanistan','1929-04-15','1929-06-00',1,'covert raid','Primakov (as \"Ragib Bey\") and Ghulam Nabi Charkhi lead c. 1,000 Red Army men in Afghan dress across the Amu Darya for Amanullah Khan against Habibullah Kalakani; Mazar-i-Sharif 22 Apr 1929. Amanullah leaves the country in May, detachment withdrawn June 1929.','Dupree 1973','2025-03-31 08:05:37'),(6,'xinjiang-1934','China','1934-01-00','1934-07-00',1,'invasion (invited)','OGPU/Red Army columns disguised as Altai volunteers, for Sheng Shicai against Ma Zhongying; Tutung River Jan-Feb 1934; Ma crosses into USSR Jul 1934.','Forbes 1986','2025-03-31 08:09:50'),(7,'spain-1936','Spain','1936-10-00','1939-02-00',1,'military aid + volunteers','Tanks, aircraft, c. 2,000-3,000 Soviet advisers/pilots/tankmen at any time for the Republic. Smushkevich (air), Berzin (chief adviser), Pavlov (tanks). Units withdrawn 1938, last advisers early 1939.','Kowalsky 2004','2025-03-31 08:12:03'),(8,'china-1937','China','1937-11-00','1941-00-00',1,'volunteers','Soviet Volunteer Group for Chiang Kai-shek vs Japan: fighter + bomber groups (Rychagov, Polynin), advisers (Cherepanov, later Chuikov). Ends after Neutrality Pact Apr 1941.',NULL,'2025-04-01 19:40:12'),(9,'khasan-1938','Japan; Manchukuo','1938-07-29','1938-08-11',1,'border war','Blyukher / Shtern, 39th Rifle Corps vs Japanese 19th Div. on Zaozyornaya (Changkufeng). Ceasefire 11 Aug 1938.','Coox 1977','2025-04-01 19:42:30'),(10,'czechoslovakia-1968','Czechoslovakia','1968-08-20','1968-08-27',1,'invasion','Operation Danube, Gen. Ivan Pavlovsky; Dubček, Černík, Smrkovský flown to Moscow, Svoboda negotiates; Moscow Protocol 26 Aug. Garrison (Central Group of Forces) to 1991 -> separate row? Husák replaces Dubček Apr 1969 (NOT part).','Williams 1997','2025-04-01 19:50:02'),(11,'guinea-1970','Guinea','1970-12-00','1977-00-00',1,'naval presence','West Africa Patrol off Conakry after Operation Green Sea, protecting Sékou Touré; Tu-95 staging from 1973; landing rights withdrawn 1977.','Kaplan 1981; Watson 1982','2025-04-02 07:31:44'),(12,'bangladesh-1972','Bangladesh','1972-04-00','1974-06-00',1,'naval (minesweeping)','Pacific Fleet expedition, RAdm Sergei Zuyenko, Chittagong, at Sheikh Mujibur Rahman\'s request.','Kaplan 1981','2025-04-02 07:33:10'),(13,'egypt-1970','Egypt','1970-01-00','1972-07-00',1,'air defence deployment','Operation Kavkaz: SAM division + MiG-21 regiments with Soviet crews for Nasser; 30 Jul 1970 losses to Israel; expelled by Sadat Jul 1972. Start Jan 1970 (decision) or Mar 1970 (arrival)? using Jan.','Ginor & Remez 2007','2025-04-02 07:36:58'),(14,'angola-1975','Angola','1975-11-00','1991-00-00',1,'arms + advisers','Airlift/sealift for Neto\'s MPLA, then advisers with FAPLA under dos Santos; Cuito Cuanavale 1987-88; out after Bicesse 1991.','Shubin 2008','2025-04-02 07:40:21'),(15,'ethiopia-1977','Ethiopia','1977-11-26','1978-03-00',1,'airlift + command','Gen. Vasily Petrov runs the Ogaden counter-offensive for Mengistu; airlift from late Nov 1977; Jijiga 5 Mar 1978; Somalia withdraws 9 Mar 1978.','Yordanov 2016','2025-04-02 07:44:09'),(16,'allied-russia-1918','Soviet Russia','1918-03-00','1920-00-00',0,'CONTEXT','Allied intervention (Murmansk, Archangel, Vladivostok). Against the Soviets, not by them.',NULL,'2025-03-30 21:20:00'),(17,'mukden-1931','China','1931-09-18',NULL,0,'CONTEXT','Japanese Kwantung Army, Mukden Incident.',NULL,'2025-03-30 21:20:31'),(18,'ethiopia-1935','Ethiopia','1935-10-03','1936-05-05',0,'CONTEXT','Italian invasion. not soviet.',NULL,'2025-03-30 21:21:05'),(19,'condor-1936','Spain','1936-07-00','1939-00-00',0,'CONTEXT','German Condor Legion + Italian CTV for Franco.',NULL,'2025-03-31 08:12:40'),(20,'novocherkassk-1962','Soviet Union','1962-06-02',NULL,0,'DOMESTIC','Shooting of strikers. domestic, exclude.',NULL,'2025-04-01 19:45:11'),(21,'green-sea-1970','Guinea','1970-11-22',NULL,0,'CONTEXT','Portuguese raid on Conakry (Calvão). trigger for row 11.',NULL,'2025-04-02 07:30:00'),(22,'savannah-1975','Angola','1975-10-14','1976-03-27',0,'CONTEXT','South African Operation Savannah.',NULL,'2025-04-02 07:41:00'),(23,'ogaden-1977','Ethiopia','1977-07-13',NULL,0,'CONTEXT','Somali invasion of the Ogaden (Siad Barre).',NULL,'2025-04-02 07:44:50'),(24,'hungary-1956','Hungary','1956-10-23',NULL,1,'TODO','TODO',NULL,'2025-04-02 09:00:00'),(25,'afghanistan-1979','Afghanistan','1979-12-00',NULL,1,'TODO','TODO - big one, later',NULL,'2025-04-02 09:00:10'),(26,'tbilisi-1989','Soviet Union','1989-04-09',NULL,0,'DOMESTIC','Georgian SSR, troops vs demonstrators. internal.',NULL,'2025-04-02 09:02:00');
/*!40000 ALTER TABLE `episode` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `person`
--

DROP TABLE IF EXISTS `person`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `person` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(128) NOT NULL,
  `alt_names` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=25 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `person`
--

LOCK TABLES `person` WRITE;
/*!40000 ALTER TABLE `person` DISABLE KEYS */;
INSERT INTO `person` VALUES (1,'Vincas Mickevičius-Kapsukas','Kapsukas'),(2,'Mikhail Frunze',NULL),(3,'Faizulla Khodzhaev','Fayzulla Xoʻjayev'),(4,'Mohammed Alim Khan','Alim Khan'),(5,'Junaid Khan','Dzhunaid Khan'),(6,'Vasily Blyukher','Blücher; Galin'),(7,'Zhang Xueliang',NULL),(8,'Vitaly Primakov','Ragib Bey'),(9,'Ghulam Nabi Charkhi',NULL),(10,'Amanullah Khan',NULL),(11,'Sheng Shicai',NULL),(12,'Ma Zhongying',NULL),(13,'Yakov Smushkevich','General Douglas'),(14,'Pavel Rychagov',NULL),(15,'Grigory Shtern','Stern'),(16,'Ivan Pavlovsky',NULL),(17,'Alexander Dubček','Dubcek'),(18,'Sékou Touré',NULL),(19,'Sergei Zuyenko','Zuenko'),(20,'Sheikh Mujibur Rahman','Mujib'),(21,'Gamal Abdel Nasser',NULL),(22,'Agostinho Neto',NULL),(23,'Vasily Petrov',NULL),(24,'Mengistu Haile Mariam',NULL);
/*!40000 ALTER TABLE `person` ENABLE KEYS */;
UNLOCK TABLES;

/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2025-04-02 22:41:07

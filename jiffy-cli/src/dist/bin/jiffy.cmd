@echo off
rem Jiffy's launcher in the distribution: needs only a Java 17+ runtime (JAVA_HOME, or java on the PATH).
rem 512 MB heap by default, as bin/jiffy (which says why): a 3840x2160 GIF needs 256-288 MB.
setlocal
set "JIFFY_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
if not defined JAVA_OPTS set "JAVA_OPTS=-Xmx512m"
rem make: C1 and C2 only for code ten times hotter than by default, three C2 loop transformations off, as bin/jiffy
set "JIT_OPTS="
if /i "%~1"=="make" set "JIT_OPTS=-XX:Tier4InvocationThreshold=50000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000 -XX:Tier3InvocationThreshold=2000 -XX:Tier3MinInvocationThreshold=1000 -XX:Tier3CompileThreshold=20000 -XX:-UseSuperWord -XX:-PartialPeelLoop -XX:-SplitIfBlocks"
"%JAVA%" %JIT_OPTS% %JAVA_OPTS% "-Djiffy.home=%JIFFY_HOME%" -cp "%JIFFY_HOME%\lib\*" dev.jiffy.cli.Jiffy %*

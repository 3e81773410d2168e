/**
 * Plans of the genre that are not the seeds, written for the importer's tests: another
 * province's Sở with a full header, a THPT school signed "KT. HIỆU TRƯỞNG", a commune
 * (after the 2025 reform) with "2.1.1." numbering and "+" bullets, and a letter with
 * several addressees and its signature beside "Nơi nhận". Names and numbers are invented.
 */

/** Sở GD&ĐT Bắc Ninh, plan 2024: two-column header on shared lines (tabs), targets, a reporting section. */
export const BAC_NINH_SGD_2024 = `UBND TỈNH BẮC NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO\tĐộc lập - Tự do - Hạnh phúc
Số: 12/KH-SGDĐT\tBắc Ninh, ngày 20 tháng 02 năm 2024

KẾ HOẠCH
Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ
ngành Giáo dục tỉnh Bắc Ninh năm 2024

Căn cứ Luật Bình đẳng giới số 73/2006/QH11 ngày 29/11/2006;
Căn cứ Nghị quyết số 28/NQ-CP ngày 03/3/2021 của Chính phủ ban hành Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030;
Thực hiện Kế hoạch số 45/KH-UBND ngày 18/01/2024 của UBND tỉnh Bắc Ninh về thực hiện công tác bình đẳng giới năm 2024;
Sở Giáo dục và Đào tạo xây dựng Kế hoạch thực hiện năm 2024 như sau:
I. MỤC TIÊU
1. Mục tiêu chung
Nâng cao nhận thức, trách nhiệm của cán bộ quản lý, giáo viên, nhân viên và học sinh về bình đẳng giới.
2. Chỉ tiêu cụ thể
- Phấn đấu đến năm 2025 có 60% cơ sở giáo dục có nữ tham gia ban giám hiệu.
- 100% cơ sở giáo dục kiện toàn Ban vì sự tiến bộ của phụ nữ.
- Mỗi huyện tổ chức ít nhất 02 lớp tập huấn về lồng ghép giới cho giáo viên.
- Tỷ lệ nữ trong quy hoạch cán bộ quản lý đạt 35,5%.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Công tác truyền thông
- Tổ chức Tháng hành động vì bình đẳng giới từ ngày 15/11/2024 đến ngày 15/12/2024.
- Đưa tin, bài về hoạt động bình đẳng giới trên cổng thông tin điện tử của Sở.
2. Công tác cán bộ nữ
- Rà soát, bổ sung quy hoạch cán bộ nữ theo Thông tư số 03/2024/TT-BGDĐT.
III. KINH PHÍ
Kinh phí chi thường xuyên của các đơn vị theo quy định hiện hành.
IV. TỔ CHỨC THỰC HIỆN
1. Các phòng thuộc Sở
Phòng Tổ chức cán bộ tham mưu, tổng hợp báo cáo kết quả gửi UBND tỉnh trước ngày 20/6 và 20/12.
2. Phòng GD&ĐT các huyện, thị xã, thành phố
- Xây dựng kế hoạch của đơn vị và gửi về Sở trước ngày 15/3/2024.
- Báo cáo kết quả về Sở trước ngày 5/6 và 30/11.
3. Các trường THPT, Trung tâm GDNN-GDTX
- Triển khai kế hoạch tại đơn vị; báo cáo về Sở theo định kỳ 6 tháng (trước ngày 5/6) và cả năm (trước ngày 30/11).
V. CHẾ ĐỘ BÁO CÁO
Các đơn vị gửi báo cáo qua hệ thống quản lý; báo cáo đột xuất khi có yêu cầu.
Trên đây là Kế hoạch thực hiện công tác bình đẳng giới năm 2024 của ngành Giáo dục tỉnh Bắc Ninh./.
Nơi nhận:\tKT. GIÁM ĐỐC
- Bộ GD&ĐT (để b/c);\tPHÓ GIÁM ĐỐC
- UBND tỉnh (để b/c);
- Như mục IV;
- Lưu: VT, TCCB.
\t(Đã ký)
\tNguyễn Thị Hồng Hạnh
`;

/** A THPT school's plan for a school year: upper-case title over two lines, "a) Nhiệm vụ:" blocks, "KT. HIỆU TRƯỞNG". */
export const NGUYEN_DU_THPT_2024 = `SỞ GD&ĐT NGHỆ AN
TRƯỜNG THPT NGUYỄN DU
Số: 45/KH-THPTND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghi Lộc, ngày 15 tháng 9 năm 2024
KẾ HOẠCH
CÔNG TÁC BÌNH ĐẲNG GIỚI VÀ VÌ SỰ TIẾN BỘ CỦA PHỤ NỮ
NĂM HỌC 2024-2025
Căn cứ Kế hoạch số 1234/KH-SGDĐT ngày 05/9/2024 của Sở Giáo dục và Đào tạo Nghệ An về thực hiện nhiệm vụ năm học 2024-2025;
Căn cứ tình hình thực tế của nhà trường, Trường THPT Nguyễn Du xây dựng kế hoạch như sau:
I. ĐẶC ĐIỂM TÌNH HÌNH
1. Thuận lợi
Nhà trường có 85 cán bộ, giáo viên, nhân viên, trong đó nữ 52 người; có 06 tháng kinh nghiệm triển khai mô hình.
2. Khó khăn
Một số giáo viên nữ ở xa trường.
II. NHIỆM VỤ TRỌNG TÂM
1. Công tác tuyên truyền
* Nhiệm vụ:
Tuyên truyền Luật Bình đẳng giới tới học sinh qua giờ chào cờ.
Phối hợp Đoàn trường tổ chức diễn đàn về bình đẳng giới.
* Hình thức: sân khấu hóa, tọa đàm, bảng tin.
* Đối tượng: học sinh toàn trường.
2. Công tác cán bộ nữ
Tạo điều kiện cho giáo viên nữ học tập nâng cao trình độ.
III. TỔ CHỨC THỰC HIỆN
1. Ban giám hiệu
Chỉ đạo chung, báo cáo kết quả về Sở trước ngày 20/12/2024.
2. Tổ chuyên môn
Lồng ghép nội dung bình đẳng giới vào bài giảng.
Nơi nhận:
- Sở GD&ĐT (b/c);
- Các tổ chuyên môn;
- Lưu: VT.
KT. HIỆU TRƯỞNG
PHÓ HIỆU TRƯỞNG
Trần Văn Bình
`;

/** A commune's plan after 1/7/2025: wrapped body name, "2.1.1." depth, "+" sub-bullets, a table-free organisation. */
export const DAI_THANH_XA_2026 = `ỦY BAN NHÂN DÂN
XÃ ĐẠI THANH
Số: 25/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đại Thanh, ngày 08 tháng 01 năm 2026
KẾ HOẠCH
Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ trong các cơ sở giáo dục trên địa bàn xã năm 2026
Thực hiện Kế hoạch số 310/KH-UBND ngày 25/12/2025 của UBND thành phố Hà Nội về thực hiện công tác bình đẳng giới năm 2026;
UBND xã Đại Thanh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao nhận thức về bình đẳng giới trong các nhà trường.
2. Yêu cầu
Triển khai đồng bộ, thiết thực, hiệu quả.
II. NỘI DUNG VÀ GIẢI PHÁP
2.1. Truyền thông về bình đẳng giới
2.1.1. Trong nhà trường
- Lồng ghép nội dung bình đẳng giới trong hoạt động trải nghiệm:
+ Khối mầm non: qua trò chơi, câu chuyện;
+ Khối tiểu học, THCS: qua tiết sinh hoạt lớp.
- Mỗi trường tổ chức ít nhất 01 buổi tọa đàm nhân ngày 20/10.
2.1.2. Với cha mẹ học sinh
- Phối hợp Hội liên hiệp phụ nữ xã tuyên truyền qua các buổi họp phụ huynh.
2.2. Công tác cán bộ nữ
- 100% cơ sở giáo dục kiện toàn Ban vì sự tiến bộ của phụ nữ trong quý I năm 2026.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa - Xã hội
Tham mưu UBND xã hướng dẫn, kiểm tra; tổng hợp báo cáo gửi UBND thành phố trước ngày 25/6/2026.
2. Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã
- Xây dựng kế hoạch của trường, gửi về UBND xã (qua Phòng Văn hóa - Xã hội) trước ngày 31/01/2026.
- Báo cáo 6 tháng trước ngày 15/6/2026, báo cáo năm trước ngày 15/12/2026.
Trên đây là Kế hoạch thực hiện công tác bình đẳng giới trong các cơ sở giáo dục trên địa bàn xã năm 2026./.
Nơi nhận:
- UBND thành phố Hà Nội (để b/c);
- Các trường MN, TH, THCS trên địa bàn;
- Lưu: VT, VHXH.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Thị Thu Hà
`;

/** A guidance letter: "V/v" over two lines, several "Kính gửi" items, numbered points, signature beside "Nơi nhận". */
export const MUONG_KHUONG_PGD_LETTER_2024 = `UBND HUYỆN MƯỜNG KHƯƠNG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO        Độc lập - Tự do - Hạnh phúc
Số: 215 /PGDĐT-TCCB
V/v báo cáo kết quả công tác vì sự tiến bộ
của phụ nữ 6 tháng đầu năm 2024
Mường Khương, ngày 03 tháng 6 năm 2024
Kính gửi:
- Các trường mầm non, tiểu học, THCS;
- Trường PTDTBT TH&THCS Tả Thàng;
- Trung tâm GDNN-GDTX huyện.
Thực hiện Công văn số 980/SGDĐT-TCCB ngày 20/5/2024 của Sở Giáo dục và Đào tạo Lào Cai về việc báo cáo công tác vì sự tiến bộ của phụ nữ 6 tháng đầu năm 2024, Phòng GD&ĐT đề nghị các đơn vị thực hiện một số nội dung sau:
1. Báo cáo kết quả thực hiện công tác VSTBPN 6 tháng đầu năm 2024 theo mẫu đính kèm.
2. Gửi báo cáo về Phòng GD&ĐT chậm nhất ngày 10/6/2024 qua hộp thư điện tử pgdmk@laocai.edu.vn.
Nhận được công văn này, đề nghị các đơn vị triển khai thực hiện./.
Nơi nhận:                                         KT. TRƯỞNG PHÒNG
- Như trên;                                       PHÓ TRƯỞNG PHÒNG
- Lưu: VT, TCCB.

                                                  Nguyễn Văn Sơn
`;
